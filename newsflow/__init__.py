"""newsflow, the application: the ``newsflow`` command, the run-once pipeline, orchestration helpers
for the DAGs, analyst outputs (export, digest) and the sample news site.

It sits on top of the three stages, ``crawlers`` (fetch), ``cleaner`` (clean) and ``classifier``
(classify), which stand side by side on the shared base ``core``.
"""

__version__ = "0.1.0"
