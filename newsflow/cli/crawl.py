"""``newsflow crawl --source NAME...`` (``newsflow sources`` lives in ``newsflow.cli.sources``)."""

from __future__ import annotations

import argparse
from datetime import date

from core.vocabulary import CrawlStatus
from newsflow.cli import UsageError, arguments


def register(sub: argparse._SubParsersAction) -> None:
    crawl = sub.add_parser("crawl", help="crawl registry sources into raw_pages (new articles only)")
    add_source_option(crawl, "registry source(s) to crawl (`newsflow sources` lists them)")
    # The older spelling, `newsflow crawl NAME...`, still works (hidden).
    crawl.add_argument("legacy_sources", nargs="*", help=argparse.SUPPRESS)
    crawl.add_argument("--limit", type=int, help="at most this many new articles per source")
    crawl.add_argument("--since", type=_date, help="skip articles published before YYYY-MM-DD")
    crawl.add_argument("--timeout", type=arguments.seconds,
                       help="seconds allowed per source (default from config)")
    crawl.add_argument(
        "--allow-private",
        action="store_true",
        help="allow loopback/private addresses (the sample site from `newsflow demo-site`)",
    )
    crawl.set_defaults(func=_crawl)


def add_source_option(parser: argparse.ArgumentParser, help: str, *, legacy: str | None = None) -> None:
    """``--source NAME [NAME ...]`` (repeatable): how every command names registry sources.
    ``legacy`` is an older spelling kept working but hidden from the help."""
    parser.add_argument("--source", dest="source", nargs="+", action="extend", default=[], metavar="NAME",
                        help=help)
    if legacy:
        parser.add_argument(legacy, dest="source", nargs="+", action="extend", help=argparse.SUPPRESS)


def chosen_sources(args: argparse.Namespace) -> list[str]:
    """The source names given (``--source`` and hidden older spellings), in order, once each."""
    names = list(dict.fromkeys([*args.source, *getattr(args, "legacy_sources", [])]))
    if not names:
        raise UsageError("name at least one source: --source NAME (`newsflow sources` lists them)")
    return names


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _registry() -> list:
    from crawlers.registry import RegistryError, load_sources

    try:
        return load_sources()
    except RegistryError as exc:
        raise UsageError(str(exc)) from exc


def _crawl(args: argparse.Namespace) -> int:
    import os

    from core.settings import reset_settings
    from core.store.migrate import upgrade
    from crawlers.runner import crawl_source
    from newsflow.database import resolve_database_url

    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be at least 1")
    names = chosen_sources(args)
    known = {source.name: source for source in _registry()}  # the one registry load of this command
    unknown = [name for name in names if name not in known]
    if unknown:
        raise UsageError(f"unknown source(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    if args.allow_private:
        os.environ["NEWSFLOW_ALLOW_PRIVATE_ADDRESSES"] = "1"
        reset_settings()
    url = resolve_database_url()
    upgrade(url)
    worst = 0
    for name in names:
        result = crawl_source(
            known[name], database_url=url, limit=args.limit, since=args.since, timeout=args.timeout
        )
        print(
            f"{name}: {result.status} (run {result.crawl_run_id}): {result.pages_fetched} new pages, "
            f"{result.pages_failed} failures, {result.requests} requests. {result.message}"
        )
        if not CrawlStatus(result.status).usable:
            worst = 1
    return worst

