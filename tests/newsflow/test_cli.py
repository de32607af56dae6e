"""The ``newsflow`` command as a whole: version, and help a newcomer can read for every command."""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator

import pytest

from newsflow import __version__
from newsflow.cli import build_parser


def _commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_version_is_the_installed_package_version() -> None:
    out = subprocess.run([sys.executable, "-m", "newsflow", "--version"], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert out.strip() == f"newsflow {__version__}"
    assert __version__[0].isdigit()


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_command_has_a_description(name: str) -> None:
    command = _commands()[name]
    assert command.description and len(command.description) > 15, name
    assert " ".join(command.description.split()) in " ".join(command.format_help().split())


def _options(parser: argparse.ArgumentParser, path: str) -> Iterator[tuple[str, argparse.Action]]:
    """(command path, action) of every option and argument, nested sub-commands included."""
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction | argparse._VersionAction):
            continue
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                yield f"{path} {name}", argparse.Action([], name, help=helps.get(name))
                yield from _options(sub, f"{path} {name}")
        else:
            yield path, action


@pytest.mark.parametrize("name", sorted(_commands()))
def test_every_option_has_help_text(name: str) -> None:
    missing = [f"{path}: {action.option_strings or action.dest}"
               for path, action in _options(_commands()[name], name)
               if action.help is not argparse.SUPPRESS and not (action.help or "").strip()]
    assert not missing, f"options without help text: {missing}"
