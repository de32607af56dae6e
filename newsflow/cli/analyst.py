"""``newsflow export`` and ``newsflow digest``: what analysts take away from the database."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from newsflow.cli import UsageError

# Days a digest or export can ask for: wide enough for any archive, far from date's own limits
# (a day's bounds in UTC and other zones overflow at 0001-01-01 and 9999-12-31).
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def _day(value: str) -> date:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise argparse.ArgumentTypeError(f"{value} is outside {FIRST_DAY}..{LAST_DAY}")
    return day


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="export articles with the active model's verdict",
                            description="Write every article dated DATE (UTC) or later to FILE or stdout: "
                            "a range, hence --since (digest --date is one day).")
    export.add_argument("--since", type=_day, required=True, metavar="DATE",
                        help="first day, YYYY-MM-DD (UTC); every later article too")
    export.add_argument("--format", choices=("csv", "parquet", "jsonl"), default="csv",
                        help="file format (default csv)")
    export.add_argument("--relevant-only", action="store_true", help="only what the active model keeps")
    export.add_argument("--out", type=Path, metavar="FILE", help="default: stdout")
    export.set_defaults(func=_export)

    digest = sub.add_parser("digest", help="write the day's HTML digest",
                            description="Write the HTML digest of one day (hence --date; export --since "
                            "takes everything from a day on).")
    digest.add_argument("--date", type=_day, default=None, metavar="DATE",
                        help="the day, YYYY-MM-DD (default: today, UTC)")
    digest.add_argument("--out", type=Path, default=None, metavar="FILE",
                        help="default: NEWSFLOW_DIGEST_DIR/digest-DATE.html (.data/digests/), where "
                        "the news_digest DAG writes too")
    digest.set_defaults(func=_digest)


@contextmanager
def _schema_required() -> Iterator[None]:
    """A database without the analyst views gets a clear instruction, not a traceback."""
    import psycopg2.errors

    try:
        yield
    except psycopg2.errors.UndefinedTable as exc:
        raise UsageError(f"the database schema is out of date ({exc.pgerror.strip().splitlines()[0]}): "
                         "run `newsflow db upgrade`") from None


def _export(args: argparse.Namespace) -> int:
    from newsflow.database import resolve_database_url

    if args.out is None and args.format == "parquet" and sys.stdout.isatty():
        raise UsageError("parquet is binary: give --out FILE or pipe stdout into a file or program")
    url = resolve_database_url()
    with _schema_required():
        count = _run_export(url, args)
    if count >= 0:
        print(f"exported {count} article(s)", file=sys.stderr)
    return 0


def _run_export(url: str, args: argparse.Namespace) -> int:
    """Rows written, or -1 when the reader of stdout went away first."""
    from newsflow.analyst.export import export_articles
    from newsflow.analyst.files import atomic_output

    if args.out is None:
        try:
            count = export_articles(url, sys.stdout.buffer, since=args.since, fmt=args.format,
                                    relevant_only=args.relevant_only)
            sys.stdout.flush()
        except BrokenPipeError:
            # The reader stopped early (`| head`): that is not an error. Point stdout at devnull so
            # the interpreter's final flush does not raise again.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return -1
    else:
        with atomic_output(args.out) as out:
            count = export_articles(url, out, since=args.since, fmt=args.format,
                                    relevant_only=args.relevant_only)
    return count


def _digest(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from core.settings import get_settings
    from newsflow.analyst.digest import write_digest
    from newsflow.database import resolve_database_url

    day = args.date or datetime.now(UTC).date()
    out = args.out or Path(get_settings().digest_dir) / f"digest-{day.isoformat()}.html"
    with _schema_required():
        path = write_digest(resolve_database_url(), day, out)
    print(path)
    return 0
