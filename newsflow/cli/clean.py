"""``newsflow clean --input pages.jsonl``, ``newsflow process`` and ``newsflow reprocess``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, date, datetime

from newsflow.cli import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    clean = sub.add_parser(
        "clean", help='extract {"id","url","html"} lines (optional "timezone": the source\'s IANA zone '
                      "for times the page states without an offset); one JSON article per line on stdout"
    )
    clean.add_argument("--input", required=True, help="JSON-lines file of pages, or - for stdin")
    clean.set_defaults(func=_clean)

    process = sub.add_parser("process", help="turn unprocessed raw pages into articles and stories")
    process.add_argument("--batch-size", type=int, help="pages per transaction (default from config)")
    process.set_defaults(func=_process)

    reprocess = sub.add_parser("reprocess", help="re-extract stored raw pages without refetching")
    reprocess.add_argument("--since", type=_date, help="only pages fetched on or after YYYY-MM-DD (UTC)")
    reprocess.add_argument("--source", help="only pages of this source (name in the sources table)")
    reprocess.add_argument("--batch-size", type=int, help="pages per transaction (default from config)")
    reprocess.set_defaults(func=_reprocess)


def _date(text: str) -> datetime:
    try:
        return datetime.combine(date.fromisoformat(text), datetime.min.time(), tzinfo=UTC)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _clean(args: argparse.Namespace) -> int:
    from cleaner.date.clocks import zone
    from cleaner.extract import extract
    from core.jsonlines import ANY_SCALAR, read_objects

    # Every line is read and checked before anything is written: a bad line 900 writes nothing.
    pages = []
    for line, page in read_objects(args.input, required={"html": (str,)}, optional={
            "url": (str, type(None)), "id": ANY_SCALAR, "timezone": (str, type(None))}):
        # The source's zone, as the registry's ``timezone`` gives it to the pipeline (cleaner.process).
        if page.get("timezone") is not None and zone(page["timezone"]) is None:
            raise UsageError(f"{args.input}:{line}: 'timezone' is not an IANA time zone name (e.g. "
                             f"Europe/Moscow): {page['timezone']!r}")
        pages.append(page)
    for page in pages:
        result = extract(page["html"], page.get("url"), timezone=page.get("timezone"))
        out = {
            "id": page.get("id"),
            "title": result.title,
            "text": result.text,
            "published_at": result.published_at.isoformat() if result.published_at else None,
            "language": result.language,
            "authors": result.authors,
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    return 0


def _batch_size(args: argparse.Namespace) -> int:
    from core.settings import get_settings

    size = args.batch_size or get_settings().process_batch_size
    if size < 1:
        raise UsageError("--batch-size must be at least 1")
    return size


def _process(args: argparse.Namespace) -> int:
    from cleaner.process import process_pending
    from newsflow.database import resolve_database_url

    with _progress_bar("processing") as bar:
        result = process_pending(resolve_database_url(), batch_size=_batch_size(args), progress=bar.update)
    print(json.dumps(result.model_dump()))
    return 0


def _reprocess(args: argparse.Namespace) -> int:
    from cleaner.process import reprocess
    from newsflow.database import resolve_database_url

    url = resolve_database_url()
    if args.source is not None:
        _require_source(url, args.source)
    with _progress_bar("reprocessing") as bar:
        result = reprocess(url, since=args.since, source=args.source, batch_size=_batch_size(args),
                           progress=bar.update)
    print(json.dumps(result.model_dump()))
    return 0


def _progress_bar(desc: str):
    """Pages per second on stderr; silent when stderr is not a terminal."""
    from tqdm import tqdm

    return tqdm(unit=" pages", desc=desc, file=sys.stderr, disable=None)


def _require_source(url: str, name: str) -> None:
    from core.store.db import query

    known = [row[0] for row in query(url, "SELECT name FROM sources ORDER BY name")]
    if name not in known:
        raise UsageError(f"unknown source {name!r}; known: {', '.join(known) or '(none)'}")
