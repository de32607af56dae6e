"""What discovery finds for a source or a homepage URL, and what a crawl would use: the findings of
``crawlers/probe_spider.py``, run as a small Scrapy crawl in a subprocess.

Why Scrapy and not a plain HTTP client: the probe then fetches exactly as a crawl does (robots.txt,
User-Agent, throttling, size caps, retries, and the private-address guard both before the request and
at connect time, ``crawlers.resolver``), with no second fetcher to keep in step. Why a subprocess:
Twisted's reactor cannot restart in-process (as ``crawlers.runner``). It costs ~2 s of start-up, which
a one-off command can spend."""

from __future__ import annotations

import json
import os
import subprocess  # nosec B404: scrapy runs from a fixed argv, never through a shell
import sys
import tempfile
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from core.processes import parent_death_signal, stop_process_group, stop_signals_held
from core.settings import PROJECT_ROOT
from crawlers.probe_spider import Doc
from crawlers.registry import Source

SPIDER_FILE = Path(__file__).with_name("probe_spider.py")
_GRACE_SECONDS = 15


class ProbeError(RuntimeError):
    """The probe's Scrapy process failed or left no findings."""


@dataclass(frozen=True)
class ProbeReport:
    homepage: Doc | None
    robots: Doc | None
    lang: str | None  # the homepage's <html lang>, two letters
    title: str | None
    entries: list[Doc]  # the configured entry points, in registry order
    candidates: list[Doc]  # discovery's, best first (untried ones have tried=False)
    finished: str  # Scrapy's close reason ("finished", "closespider_timeout", ...)

    def usable(self, kind: str | None = None) -> list[Doc]:
        return [d for d in self.candidates
                if d.tried and d.found and not d.problem and not d.error and kind in (None, d.found)]

    def would_use(self, kinds: tuple[str, ...]) -> Doc | None:
        """The candidate a crawl's fallback would take (the first usable one its spider reads), when
        some entry point falls back; None otherwise."""
        if not self.homepage or not any(doc.falls_back for doc in self.entries):
            return None
        return next((doc for doc in self.usable() if doc.found in kinds), None)


def target_of(source: Source) -> dict[str, Any]:
    return {
        "homepage": source.homepage, "domains": source.domains, "stale_after_days": source.stale_after_days,
        "settings": source.settings,
        "entries": [{"kind": e.kind, "url": e.url, "link_pattern": e.options.link_pattern}
                    for e in source.entry_points],
    }


def target_of_url(url: str) -> dict[str, Any]:
    """A homepage URL with nothing configured: only discovery."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return {"homepage": url, "domains": [host], "entries": []}


def spider_kinds(spider: str) -> tuple[str, ...]:
    """The entry-point kinds a registry spider reads (what its fallback can use)."""
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    loader = SpiderLoader.from_settings(Settings({"SPIDER_MODULES": ["crawlers.spiders"]}))
    return tuple(loader.load(spider).kinds)


def run_probe(
    target: dict[str, Any],
    *,
    allow_private: bool = False,
    timeout: float = 120,
    settings: dict[str, Any] | None = None,
) -> ProbeReport:
    """Probe ``target`` (``target_of`` / ``target_of_url``). ``allow_private`` is passed to the
    child only (this process's settings are left alone); ``settings`` are extra Scrapy settings
    (tests turn throttling down)."""
    with tempfile.TemporaryDirectory(prefix="newsflow-probe-") as folder:
        out = Path(folder) / "probe.json"
        command = [sys.executable, "-m", "scrapy", "runspider", str(SPIDER_FILE),
                   "-a", f"target={json.dumps(target)}", "-a", f"out={out}",
                   "-s", f"CLOSESPIDER_TIMEOUT={max(1, int(timeout))}", "-s", "LOG_LEVEL=WARNING"]
        for key, value in (settings or {}).items():
            command += ["-s", f"{key}={value}"]
        env = {**os.environ, "NEWSFLOW_ALLOW_PRIVATE_ADDRESSES": "1" if allow_private else "0"}
        process: subprocess.Popen[bytes] | None = None
        try:
            with stop_signals_held():  # a stop during Popen is raised after it, with the handle
                # No shell: the argv is sys.executable, -m scrapy, a fixed file and JSON.
                process = subprocess.Popen(  # nosec B603
                    command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                    start_new_session=True, preexec_fn=parent_death_signal(),
                )
            _out, err = process.communicate(timeout=timeout + _GRACE_SECONDS)
        except BaseException:
            if process is not None:
                stop_process_group(process)
            raise
        if process.returncode != 0 or not out.exists():
            tail = " | ".join(err.decode("utf-8", "replace").strip().splitlines()[-3:])
            raise ProbeError(f"the probe's scrapy process exited with status {process.returncode}: {tail}")
        raw = json.loads(out.read_text(encoding="utf-8"))
    return ProbeReport(
        homepage=_doc(raw["home"]), robots=_doc(raw["robots"]), lang=raw["lang"], title=raw["title"],
        entries=[_doc(d) for d in raw["entries"]], candidates=[_doc(d) for d in raw["candidates"]],
        finished=raw["reason"],
    )


def _doc(raw: dict[str, Any] | None) -> Doc:
    names = {f.name for f in fields(Doc)}
    return Doc(**{k: v for k, v in (raw or {}).items() if k in names}) if raw else None  # type: ignore[return-value]


def describe(doc: Doc) -> str:
    """One phrase: what the document is or why it is not usable."""
    if not doc.tried:
        return "not tried (one of its kind served first, or the probe's limit was reached)"
    if doc.error:
        return f"failed: {doc.error}" if doc.status is None else f"HTTP {doc.status}"
    if doc.problem:
        return doc.problem
    what = "sitemap index" if doc.index else doc.found or "document"
    newest = f", newest {doc.newest[:10]}" if doc.newest else ""
    children = "children" if doc.index else "links" if doc.found == "listing" else "items"
    return f"usable {what}: {doc.items} {children}{newest}"
