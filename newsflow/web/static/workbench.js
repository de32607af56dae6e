// The workbench's only script: keyboard decisions on the review page, and the retrain status.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT")) return;
    var button = document.querySelector('button[data-key="' + CSS.escape(event.key.toLowerCase()) + '"]');
    if (button && !button.disabled) {
      event.preventDefault();
      button.disabled = true;  // one decision per key press, even when a key repeats
      var form = button.form;
      var field = document.createElement("input");
      field.type = "hidden";
      field.name = button.name;
      field.value = button.value;
      if (button.name) form.appendChild(field);
      form.submit();
    }
  });

  var status = document.getElementById("retrain-status");
  if (status && status.dataset.state === "running") {
    var poll = function () {
      fetch(status.dataset.statusUrl, {headers: {"Accept": "application/json"}, credentials: "same-origin"})
        .then(function (r) { return r.json(); })
        .then(function (job) {
          if (job.state === "running") { setTimeout(poll, 1000); } else { window.location.reload(); }
        })
        .catch(function () { setTimeout(poll, 3000); });
    };
    setTimeout(poll, 1000);
  }
})();
