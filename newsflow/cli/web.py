"""``newsflow web``: the analyst workbench (a web page served by the project) and its users."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from newsflow.cli import UsageError, arguments


def register(sub: argparse._SubParsersAction) -> None:
    web = sub.add_parser("web", help="serve the analyst workbench (search, stories, review, sources, "
                         "digests)")
    web.add_argument("--host", default=None,
                     help="address to listen on (default 127.0.0.1, or NEWSFLOW_WEB_HOST)")
    web.add_argument("--port", type=arguments.port, default=None,
                     help="port (default 8780, or NEWSFLOW_WEB_PORT)")
    web.set_defaults(func=_serve)
    actions = web.add_subparsers(dest="web_command", metavar="ACTION")
    user = actions.add_parser("user", help="manage who may log in")
    user_actions = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_actions.add_parser(
        "add", help="add a user; the password is asked for, or read from $NEWSFLOW_WEB_PASSWORD")
    add.add_argument("name", help="the login name")
    add.add_argument("--replace", action="store_true", help="set a new password for an existing user")
    add.set_defaults(func=_user_add)
    listing = user_actions.add_parser("list", help="list the users")
    listing.set_defaults(func=_user_list)


def _database_url() -> str:
    from core.store.migrate import upgrade
    from newsflow.database import resolve_database_url

    url = resolve_database_url()
    upgrade(url)
    return url


def _password() -> str:
    """From the environment (scripts) or a prompt asked twice; never from the command line."""
    given = os.environ.get("NEWSFLOW_WEB_PASSWORD")
    if given:
        return given
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask for the password: set NEWSFLOW_WEB_PASSWORD")
    first = getpass.getpass("password: ")
    if first != getpass.getpass("again: "):
        raise UsageError("the two passwords differ")
    return first


def _user_add(args: argparse.Namespace) -> int:
    from newsflow.web.auth import UserError, add_user

    url = _database_url()
    try:
        created = add_user(url, args.name, _password(), replace=args.replace)
    except UserError as exc:
        raise UsageError(str(exc)) from None
    print(f"user {args.name} {'added' if created else 'has a new password'}")
    return 0


def _user_list(args: argparse.Namespace) -> int:
    from newsflow.web.auth import list_users

    for name, created, last in list_users(_database_url()):
        print(f"{name}\tadded {created:%Y-%m-%d}\tlast login {last:%Y-%m-%d %H:%M}" if last
              else f"{name}\tadded {created:%Y-%m-%d}\tnever logged in")
    return 0


def _serve(args: argparse.Namespace) -> int:
    import secrets

    import uvicorn

    from core.settings import get_settings
    from newsflow.web.app import create_app
    from newsflow.web.auth import list_users
    from newsflow.web.config import WebConfig, WebSettings

    web = WebSettings()
    host, port = args.host or web.host, args.port or web.port
    check_workbench_port(host, port)
    url = _database_url()
    settings = get_settings()
    # Without NEWSFLOW_WEB_SECRET, sessions are signed with a key of this run (they end with it).
    signing_key = web.secret or secrets.token_urlsafe(32)
    config = WebConfig(database_url=url, digest_dir=settings.digest_dir, seeds_dir=settings.seeds_dir,
                       secret=signing_key, read_url=web.read_url or "",
                       label_url=web.label_url or "", session_hours=web.session_hours,
                       login_attempts=web.login_attempts, login_window=web.login_window,
                       airflow=web.airflow())
    if not list_users(url):
        print("no workbench user yet: add one with `newsflow web user add NAME`", file=sys.stderr)
    retrain = (f"through Airflow at {web.airflow_url}" if config.airflow else "in this server")
    print(f"workbench: http://{host}:{port}/  (Retrain now runs {retrain})", flush=True)
    uvicorn.run(create_app(config), host=host, port=port, log_level="warning")
    return 0


def check_workbench_port(host: str, port: int, *, way_out: str = "--port, or NEWSFLOW_WEB_PORT") -> None:
    """Refuse a taken port in one line before start-up (uvicorn printed "workbench: http://..." as if
    serving, then its own bind error, exit 3); uvicorn binds it for real just after. ``way_out``
    names the setting that moves it (``newsflow up``'s --port is Airflow's)."""
    import errno
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise UsageError(f"cannot serve the workbench on {host}: {exc.strerror or exc}") from None
    family, _type, _proto, _name, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            why = "it is taken by another program" if exc.errno == errno.EADDRINUSE else exc.strerror or exc
            raise UsageError(f"cannot serve the workbench on {host}:{port}: {why}. Stop that program, or "
                             f"choose another port ({way_out})") from None
