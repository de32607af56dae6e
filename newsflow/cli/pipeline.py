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


def _run_once(args: argparse.Namespace) -> int:
    import os

    from newsflow.config import reset_settings
    from newsflow.pipeline import run_once
    from newsflow.store.resolve import resolve_database_url

    if args.allow_private:
        os.environ["NEWSFLOW_ALLOW_PRIVATE_ADDRESSES"] = "1"
        reset_settings()
    url = resolve_database_url()
    try:
        summary = run_once(args.sources, database_url=url, limit=args.limit, since=args.since,
                           timeout=args.timeout)
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    for line in summary.lines():
        print(line)
    return 0
