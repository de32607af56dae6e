"""A simulated analyst on the sample site (issue 13), end to end against the real Postgres: the demo's
first crawl (run-once: crawl, clean, the first model trained on what landed, scoring), then three
rounds of labelling the five articles `newsflow review` proposes (by the site's own truth:
``Article.relevant``) and retraining. Relevant means what an analyst reads: `relevant_articles`."""

from __future__ import annotations

import json
import re
from itertools import pairwise
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from helpers import FAST_CRAWL, feed_registry, rows

from classifier.labels import record_label
from classifier.registry import active_model
from classifier.retrain import retrain
from core.settings import get_settings
from newsflow.cli import main
from newsflow.pipeline import run_once
from newsflow.site.content import make_article

TOPIC = "international_information_security"
NUMBER = re.compile(r"/articles/(\d+)-")


def truth(db: str) -> dict[int, bool]:
    """Stored article id -> on the analysts' topic, from the site's generator."""
    out = {}
    for article_id, url in rows(db, "SELECT id, url FROM articles WHERE status = 'ok'"):
        number = int(NUMBER.search(urlsplit(url).path).group(1))
        out[article_id] = make_article(number).relevant
    return out


def quality(db: str, on_topic: dict[int, bool]) -> tuple[float, float, float]:
    found = {r[0] for r in rows(db, "SELECT article_id FROM relevant_articles")}
    wanted = {i for i, relevant in on_topic.items() if relevant}
    hits = len(found & wanted)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(wanted)
    return precision, recall, 2 * hits / (len(found) + len(wanted))


def proposed(db: str, tmp_path: Path, capsys, n: int = 5) -> list[int]:
    """What `newsflow review --model PATH --input FILE.jsonl --n N` prints for the stored articles."""
    _model_id, model = active_model(db)
    model_path = tmp_path / "active.npz"
    model.save(model_path)
    lines = tmp_path / "articles.jsonl"
    with lines.open("w") as out:
        for article_id, title, text, story_id, label in rows(
                db, "SELECT a.id, a.title, a.text, a.story_id, (SELECT max(l.label) FROM labels l"
                    " WHERE l.article_id = a.id) FROM articles a WHERE a.status = 'ok'"):
            out.write(json.dumps({"id": article_id, "title": title, "text": text, "story_id": story_id,
                                  "label": label}) + "\n")
    capsys.readouterr()
    assert main(["review", "--model", str(model_path), "--input", str(lines), "--n", str(n)]) == 0
    return [int(x) for x in capsys.readouterr().out.split()]


@pytest.mark.slow  # a crawl, then rounds of labels and retraining
def test_a_simulated_analyst_on_the_sample_site(db: str, news_site, tmp_path: Path, capsys) -> None:
    registry = str(feed_registry(tmp_path / "sources.toml", news_site.base_url))
    summary = run_once(["demo"], database_url=db, sources_file=registry, crawl_settings=FAST_CRAWL,
                       timeout=120)
    assert summary.crawls[0].status == "ok", summary.crawls[0].message
    on_topic = truth(db)
    precision, recall, f1 = quality(db, on_topic)
    assert precision >= 0.9 and recall >= 0.8, (precision, recall)
    history = [f1]
    for _round in range(3):
        ids = proposed(db, tmp_path, capsys)
        # The CLI proposes what the view lists first.
        assert ids == [r[0] for r in rows(db, "SELECT article_id FROM review_queue LIMIT 5")]
        assert len(ids) == 5
        for article_id in ids:
            record_label(db, article_id, TOPIC if on_topic[article_id] else "none", by="simulated")
        retrain(db, get_settings().seeds_dir)
        history.append(quality(db, on_topic)[2])
    print(f"\nfirst crawl: precision {precision:.3f}, recall {recall:.3f}; F1 by round: {history}")
    assert all(b >= a for a, b in pairwise(history)), history
    assert history[-1] >= 0.95, history
