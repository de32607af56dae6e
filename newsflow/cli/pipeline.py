"""``newsflow run-once``: the whole pipeline once, without Airflow."""

from __future__ import annotations

import argparse
from datetime import date

from newsflow.cli import UsageError, arguments
from newsflow.cli.crawl import add_source_option, chosen_sources

# run-once's exit status, for scripts and cron (README, "Exit status"): every source's crawl gave a
# usable run (ok, partial or empty), none did, or some did. A bad argument or registry is 2.
EXIT_ALL_OK, EXIT_ALL_FAILED, EXIT_SOME_FAILED = 0, 1, 3


def register(sub: argparse._SubParsersAction) -> None:
    run = sub.add_parser("run-once", help="crawl -> clean -> classify -> load, once, without Airflow")
    add_source_option(run, "registry source(s) to run (`newsflow sources` lists them)", legacy="--sources")
    run.add_argument("--limit", type=int, help="at most this many articles per source")
    run.add_argument("--since", type=date.fromisoformat, help="skip articles published before (YYYY-MM-DD)")
    run.add_argument("--timeout", type=arguments.seconds, help="seconds allowed per source crawl")
    run.add_argument("--allow-private", action="store_true",
                     help="let sources point at loopback/private addresses (the sample site)")
    run.set_defaults(func=_run_once)
    demo = sub.add_parser("demo", help="serve the sample site (127.0.0.1:8765), run the pipeline once on it")
    demo.add_argument("--port", type=arguments.port, default=None,
                      help="sample site port (default NEWSFLOW_DEMO_SITE_PORT, else 8765); the `demo` "
                      "source follows it. A taken port is an error, never crawled")
    demo.set_defaults(func=_demo)


def _allow_private() -> None:
    import os

    from core.settings import reset_settings

    os.environ["NEWSFLOW_ALLOW_PRIVATE_ADDRESSES"] = "1"
    reset_settings()


def _run(sources: list[str], **kwargs: object) -> int:
    from newsflow.database import resolve_database_url
    from newsflow.pipeline import run_once

    url = resolve_database_url()
    try:
        summary = run_once(sources, database_url=url, **kwargs)  # type: ignore[arg-type]
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    for line in summary.lines():
        print(line)
    return exit_status([crawl.status for crawl in summary.crawls])


def exit_status(statuses: list[str]) -> int:
    from core.vocabulary import CrawlStatus

    usable = [CrawlStatus(status).usable for status in statuses]
    if all(usable):
        return EXIT_ALL_OK
    return EXIT_SOME_FAILED if any(usable) else EXIT_ALL_FAILED


def _run_once(args: argparse.Namespace) -> int:
    if args.allow_private:
        _allow_private()
    return _run(chosen_sources(args), limit=args.limit, since=args.since, timeout=args.timeout)


def _demo(args: argparse.Namespace) -> int:
    from newsflow.cli.site import default_port, follow_site_port, sample_site

    port = default_port() if args.port is None else args.port
    if port == 0:
        raise UsageError("--port 0 (any port) cannot work here: the `demo` source needs the port first")
    _allow_private()
    follow_site_port(port)
    with sample_site(port) as base_url:
        print(f"sample site on {base_url}; crawling the `demo` source from it", flush=True)
        return _run(["demo"])
