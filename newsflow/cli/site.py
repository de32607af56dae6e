"""``newsflow demo-site``: serve the sample news site until Ctrl-C. ``sample_site`` is how every
command serves it (demo, up --demo): on the port the registry's `demo` source reads, or not at all."""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import signal
import socket
import time
from collections.abc import Iterator

from newsflow.cli import UsageError, arguments

PORT_ENV = "NEWSFLOW_DEMO_SITE_PORT"


def default_port() -> int:
    from core.settings import get_settings

    return get_settings().demo_site_port


def follow_site_port(port: int) -> None:
    """Point the `demo` source at ``port`` in this process and every process it starts (crawls,
    Airflow): the registry reads ``{demo_site_port}`` from this setting."""
    from core.settings import reset_settings

    os.environ[PORT_ENV] = str(port)
    reset_settings()


def _refusal(port: int, exc: OSError) -> UsageError:
    why = "it is taken by another program" if exc.errno == errno.EADDRINUSE else exc.strerror or exc
    return UsageError(
        f"cannot serve the sample site on 127.0.0.1:{port}: {why}. Stop that program, or choose "
        f"another port (--port / --site-port, or {PORT_ENV} for every command)"
    )


def check_port_free(port: int) -> None:
    """Refuse a taken port before slow start-up work (the site binds it for real later)."""
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the site's server binds
        try:
            probe.bind(("127.0.0.1", port))
        except OSError as exc:
            raise _refusal(port, exc) from None


@contextlib.contextmanager
def sample_site(port: int, **options: object) -> Iterator[str]:
    """Serve the sample site on 127.0.0.1:``port`` and yield its base URL. A taken port is refused:
    crawling whatever else serves it would fill the database with another program's pages."""
    from newsflow.site.server import running_site

    stack = contextlib.ExitStack()
    try:
        handle = stack.enter_context(running_site(port=port, **options))  # type: ignore[arg-type]
    except OSError as exc:
        raise _refusal(port, exc) from None
    with stack:
        yield handle.base_url


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo-site", help="serve the sample news site on 127.0.0.1 until Ctrl-C")
    parser.add_argument("--port", type=arguments.port, default=None,
                        help=f"port on 127.0.0.1 (default {PORT_ENV}, else 8765); the `demo` source "
                        f"crawls {PORT_ENV}, so export that to move both")
    parser.add_argument("--articles", type=int, default=30, help="number of articles (default 30)")
    parser.add_argument("--faults", action="store_true",
                        help="also serve the fault endpoints under /faults/ and the outlets with broken "
                        "entry points under /shapes/")
    parser.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> int:
    if args.articles < 0:
        raise UsageError("--articles must be zero or more")
    port = default_port() if args.port is None else args.port
    # Ctrl-C stops it even when started in the background of a script, which inherits SIGINT
    # ignored (Python then installs no handler of its own).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with sample_site(port, articles=args.articles, faults=args.faults) as base_url:
            print(
                f"sample site at {base_url}/ ({args.articles} articles"
                f"{', faults on' if args.faults else ''}); Ctrl-C to stop",
                flush=True,
            )
            if port not in (0, default_port()):
                print(f"note: the `demo` source crawls port {default_port()}; run the crawl with "
                      f"{PORT_ENV}={port} to reach this site", flush=True)
            while True:
                time.sleep(3600)
    except KeyboardInterrupt:
        print("stopped")
    return 0
