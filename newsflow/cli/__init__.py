"""``newsflow`` command line. Each module in this package registers its own sub-commands;
heavy imports (Scrapy, Airflow, scikit-learn) happen inside the commands, so ``--help`` is quick."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from newsflow import __version__

# One module per area; each exposes ``register(subparsers)``.
COMMAND_MODULES = ("db", "site", "crawl", "sources", "clean", "classify", "pipeline", "analyst", "up", "web")


class UsageError(Exception):
    """Bad input from the user: printed as one clear line, exit status 2."""


class _Commands(argparse._SubParsersAction):
    """Sub-commands whose one-line ``help`` is also the description ``newsflow COMMAND -h`` opens with."""

    def add_parser(self, name: str, **kwargs):  # type: ignore[no-untyped-def, override]
        kwargs.setdefault("description", kwargs.get("help"))
        return super().add_parser(name, **kwargs)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsflow",
        description="Scheduled news ingestion with topic classification: crawl, clean, classify, load "
        "into PostgreSQL. `newsflow COMMAND -h` shows a command's options.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.register("action", "parsers", _Commands)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"newsflow.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"newsflow.cli.{name}":
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    from newsflow.cli.failures import output_reader_gone, report, stop_writing, terminate_gracefully

    try:
        with terminate_gracefully():
            status = int(args.func(args) or 0)
            sys.stdout.flush()  # a reader gone away shows here, not as a complaint at exit
            return status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError as exc:  # `newsflow export | head`: the reader has all it wanted
        return stop_writing() if output_reader_gone() else report(args.command, exc, args.verbose)
    except Exception as exc:  # every failure: one line and exit 2 (input) or 1 (runtime)
        return report(args.command, exc, args.verbose)


if __name__ == "__main__":
    sys.exit(main())
