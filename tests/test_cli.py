"""The ``newsflow`` command as a whole: version, and help a newcomer can read for every command."""

from __future__ import annotations

import argparse
import subprocess
import sys

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
    assert command.description in command.format_help()
