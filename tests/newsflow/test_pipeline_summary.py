"""The last line of ``run-once`` / ``demo``: before the first model exists (a first crawl stopped
early, fewer articles than the threshold needs) it said "scored 0 with model None; relevant 0"."""

from __future__ import annotations

from newsflow.pipeline import RunSummary


def test_no_model_yet_is_said_in_words() -> None:
    (line,) = RunSummary(pages_fetched=17, articles_new=17).lines()
    assert "None" not in line, line
    assert line == ("pages fetched 17, failed 0; articles new 17; not scored: no model yet (too few stored "
                    "articles to train the first one; a later run trains it)")


def test_a_scored_run_reads_as_before() -> None:
    """Guard: the line the README's figures and the tests read."""
    (line,) = RunSummary(pages_fetched=30, articles_new=30, scored=30, relevant=11,
                         model_version="20261204T032501.730988Z").lines()
    assert line == ("pages fetched 30, failed 0; articles new 30; scored 30 with model "
                    "20261204T032501.730988Z; relevant 11")
