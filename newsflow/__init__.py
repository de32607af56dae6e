"""newsflow, the application: the ``newsflow`` command, the run-once pipeline, orchestration helpers
for the DAGs, analyst outputs (export, digest) and the sample news site.

It sits on top of the three stages, ``crawlers`` (fetch), ``cleaner`` (clean) and ``classifier``
(classify), which stand side by side on the shared base ``core``.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("newsflow")  # one source: pyproject.toml
except PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"
