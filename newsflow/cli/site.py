"""``newsflow demo-site``: serve the sample news site until Ctrl-C."""

from __future__ import annotations

import argparse
import time


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo-site", help="serve the sample news site on 127.0.0.1 until Ctrl-C")
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (default 8765)")
    parser.add_argument("--articles", type=int, default=30, help="number of articles (default 30)")
    parser.add_argument("--faults", action="store_true", help="also serve the fault endpoints under /faults/")
    parser.set_defaults(func=_serve)


def _serve(args: argparse.Namespace) -> int:
    from newsflow.cli import UsageError
    from newsflow.site.server import running_site

    if args.articles < 0:
        raise UsageError("--articles must be zero or more")
    try:
        with running_site(articles=args.articles, faults=args.faults, port=args.port) as site:
            print(
                f"sample site at {site.base_url}/ ({args.articles} articles"
                f"{', faults on' if args.faults else ''}); Ctrl-C to stop",
                flush=True,
            )
            while True:
                time.sleep(3600)
    except OSError as exc:
        raise UsageError(f"cannot serve on 127.0.0.1:{args.port}: {exc.strerror or exc}") from exc
    except KeyboardInterrupt:
        print("stopped")
    return 0
