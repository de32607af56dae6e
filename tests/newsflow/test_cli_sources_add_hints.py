"""``newsflow sources add URL --allow-private`` (the README's offline walk-through on the sample site)
prints the commands to run next; they must work as printed: the probe and the crawl keep
``--allow-private`` (without it the suggested crawl was refused as a private address, a failed run)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsflow.cli import main
from newsflow.site.server import SiteHandle, running_site


@pytest.fixture(scope="module")
def site() -> Iterator[SiteHandle]:
    with running_site(articles=6, faults=True) as handle:
        yield handle


def test_the_next_steps_keep_allow_private(site: SiteHandle, registry: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    homepage = f"{site.base_url}/shapes/moved/"
    assert main(["sources", "add", homepage, "--name", "moved", "--allow-private"]) == 0
    (hint,) = [line for line in capsys.readouterr().out.splitlines() if line.startswith("next: ")]
    assert "newsflow sources probe moved --allow-private;" in hint, hint
    assert hint.endswith("newsflow crawl --source moved --limit 5 --allow-private"), hint


def test_the_refusal_names_a_probe_that_runs(site: SiteHandle, registry: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    homepage = f"{site.base_url}/shapes/vov/en/"
    assert main(["sources", "add", homepage, "--allow-private"]) == 2
    assert f"`newsflow sources probe {homepage} --allow-private`" in capsys.readouterr().err


def test_a_public_outlet_needs_no_flag() -> None:
    """Guard: the hint for a real outlet stays as it was."""
    from newsflow.cli.sources import next_steps

    assert next_steps("example", allow_private=False) == (
        "next: newsflow sources probe example; newsflow sources --check; "
        "newsflow crawl --source example --limit 5")
