"""``newsflow run-once``: the whole pipeline once, without Airflow."""

from __future__ import annotations

import argparse
from datetime import date

from newsflow.cli import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    run = sub.add_parser("run-once", help="crawl -> clean -> classify -> load, once, without Airflow")
    run.add_argument("--sources", nargs="+", required=True, metavar="NAME", help="registry source names")
    run.add_argument("--limit", type=int, help="at most this many articles per source")
    run.add_argument("--since", type=date.fromisoformat, help="skip articles published before (YYYY-MM-DD)")
    run.add_argument("--timeout", type=float, help="seconds allowed per source crawl")
    run.add_argument("--allow-private", action="store_true",
                     help="let sources point at loopback/private addresses (the sample site)")
    run.set_defaults(func=_run_once)
    demo = sub.add_parser("demo", help="serve the sample site (127.0.0.1:8765), run the pipeline once on it")
    demo.add_argument("--port", type=int, default=8765, help="the port the registry's demo source expects")
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
    return 0


def _run_once(args: argparse.Namespace) -> int:
    if args.allow_private:
        _allow_private()
    return _run(args.sources, limit=args.limit, since=args.since, timeout=args.timeout)


def _demo(args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    from newsflow.site.server import running_site

    _allow_private()
    with ExitStack() as stack:
        try:
            stack.enter_context(running_site(port=args.port))
        except OSError:
            # Most likely `newsflow demo-site` already serves the port: crawl that one.
            print(f"127.0.0.1:{args.port} is taken; crawling whatever serves it as the sample site")
        return _run(["demo"])
