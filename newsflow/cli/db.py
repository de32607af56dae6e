"""``newsflow db upgrade|ensure``."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="database schema and server")
    dbsub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    up = dbsub.add_parser("upgrade", help="apply pending migrations (idempotent)")
    up.set_defaults(func=_upgrade)
    ensure = dbsub.add_parser("ensure", help="find or start a PostgreSQL and print its URL")
    ensure.set_defaults(func=_ensure)


def _upgrade(args: argparse.Namespace) -> int:
    from core.store.migrate import upgrade
    from newsflow.database import resolve_database_url

    done = upgrade(resolve_database_url())
    print(f"applied {len(done)} migration(s)" + (f": {', '.join(done)}" if done else " (up to date)"))
    return 0


def _ensure(args: argparse.Namespace) -> int:
    from core.store.db import connect
    from newsflow.database import resolve_database_url

    url = resolve_database_url()
    # A DATABASE_URL is taken as given: connect once, so that a typo or a server that is down is said
    # here (one line, exit 1 or 2) rather than printed for `psql "$(newsflow db ensure)"` to fail on.
    connect(url).close()
    print(url)
    return 0
