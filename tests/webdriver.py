"""A small W3C WebDriver client for Debian's headless Chromium (``chromedriver``, package
chromium-driver): enough to log in, type, click, press keys, read the page and take screenshots.
Nothing is downloaded: the browser and the driver are the system's."""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from helpers import free_port

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    for tool, package in (("chromium", "chromium"), ("chromedriver", "chromium-driver")):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt-get install {package}; scripts/install-system-tools.sh)"
    return None


def _json(method: str, url: str, body: dict | None = None, timeout: float = 60) -> Any:
    """One call to the driver on 127.0.0.1; its ``value``."""
    data = json.dumps(body if body is not None else {}).encode() if method == "POST" else None
    request = urllib.request.Request(url, data=data, method=method,  # noqa: S310 (http on loopback)
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as reply:  # noqa: S310
        return json.loads(reply.read())["value"]


class Browser:
    def __init__(self, driver_url: str, session: str) -> None:
        self._base = f"{driver_url}/session/{session}"

    def _call(self, method: str, path: str, body: dict | None = None) -> Any:
        return _json(method, self._base + path, body)

    def go(self, url: str) -> None:
        self._call("POST", "/url", {"url": url})

    def url(self) -> str:
        return self._call("GET", "/url")

    def source(self) -> str:
        return self._call("GET", "/source")

    def find(self, css: str) -> str:
        return self._call("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]

    def find_all(self, css: str) -> list[str]:
        return [e[ELEMENT] for e in self._call("POST", "/elements", {"using": "css selector", "value": css})]

    def type(self, css: str, text: str) -> None:
        self._call("POST", f"/element/{self.find(css)}/value", {"text": text})

    def click(self, css: str) -> None:
        self._call("POST", f"/element/{self.find(css)}/click")

    def text(self, css: str) -> str:
        return self._call("GET", f"/element/{self.find(css)}/text")

    def press(self, key: str) -> None:
        """One key press on the page (keydown and keyup), as a person's."""
        self._call("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": [
            {"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}]}]})
        self._call("DELETE", "/actions")

    def script(self, source: str, *args: Any) -> Any:
        return self._call("POST", "/execute/sync", {"script": source, "args": list(args)})

    def screenshot(self) -> bytes:
        return base64.b64decode(self._call("GET", "/screenshot"))

    def wait_for(self, predicate, timeout: float = 30, what: str = "the page") -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout}s for {what}")
            time.sleep(0.2)


@contextmanager
def chromium(width: int = 1280, height: int = 1000) -> Iterator[Browser]:
    port = free_port()
    driver = subprocess.Popen(["chromedriver", f"--port={port}"], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                _json("GET", url + "/status", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {
            "binary": shutil.which("chromium"),
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--no-first-run", "--disable-extensions"]}}}}
        session = _json("POST", url + "/session", caps)["sessionId"]
        browser = Browser(url, session)
        try:
            yield browser
        finally:
            with suppress(OSError):
                _json("DELETE", f"{url}/session/{session}", timeout=20)
    finally:
        driver.terminate()
        try:
            driver.wait(10)
        except subprocess.TimeoutExpired:
            driver.kill()
