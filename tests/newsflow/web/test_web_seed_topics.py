"""A topic just added as a seed folder can be labelled in the workbench before any model knows it
(migration 0022): the article page and the review keys offer it, the trigger admits it once the
workbench has recorded it, and the labeller role still cannot name a topic no folder holds."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import psycopg2.errors
import pytest
from fastapi.testclient import TestClient
from helpers import rows
from web_support import config, fresh_newsroom, log_in

from newsflow.web.app import create_app
from newsflow.web.db import Pool

PROJECT_SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def newsroom(database_url: str):
    return fresh_newsroom(database_url)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    """The shipped seeds and a new topic folder, 'maritime_law', that no model was trained on."""
    root = tmp_path / "seeds"
    shutil.copytree(PROJECT_SEEDS, root)
    (root / "maritime_law").mkdir()
    (root / "maritime_law" / "one.txt").write_text("The law of the sea convention and coastal states.\n")
    return root


@pytest.fixture
def client(database_url: str, newsroom, tmp_path: Path, seeds: Path) -> Iterator[TestClient]:
    rows(database_url, "DELETE FROM seed_topics RETURNING label")
    with TestClient(create_app(replace(config(database_url, tmp_path), seeds_dir=seeds))) as test_client:
        yield test_client


def test_a_new_seed_folders_topic_is_offered_and_accepted(client: TestClient, database_url: str,
                                                          newsroom) -> None:
    active = rows(database_url, "SELECT labels FROM models WHERE active")
    assert active and "maritime_law" not in active[0][0]  # the model does not know the new topic
    csrf = log_in(client)
    article = newsroom.articles[5]
    known = client.post(f"/article/{newsroom.articles[6]}/label",
                        data={"label": active[0][0][0], "csrf": csrf})
    assert known.status_code == 200  # a topic the model knows: nothing recorded for it
    assert rows(database_url, "SELECT label FROM seed_topics") == []
    page = client.get(f"/article/{article}").text
    assert 'value="maritime_law"' in page
    reply = client.post(f"/article/{article}/label", data={"label": "maritime_law", "csrf": csrf})
    assert reply.status_code == 200 and "maritime_law</span> by ana" in reply.text
    assert rows(database_url, "SELECT label FROM labels WHERE article_id = %s AND labelled_by = 'ana'",
                (article,)) == [("maritime_law",)]
    assert rows(database_url, "SELECT label FROM seed_topics") == [("maritime_law",)]
    # A name no folder holds is still refused, and recorded nowhere.
    refused = client.post(f"/article/{article}/label", data={"label": "maritime", "csrf": csrf})
    assert refused.status_code == 400
    assert rows(database_url, "SELECT label FROM seed_topics") == [("maritime_law",)]
    # The review page has a key for it after the model's own topics.
    keys = re.findall(r'name="label" value="([^"]+)" data-key="(\w)"', client.get("/review").text)
    assert keys[-2:] == [("maritime_law", str(len(keys) - 1)), ("none", "n")]
    assert keys[0] == (active[0][0][0], "1")


def test_the_labeller_cannot_add_a_topic(database_url: str, newsroom, tmp_path: Path) -> None:
    labels = Pool(config(database_url, tmp_path).label_url, 1)
    try:
        with pytest.raises(psycopg2.errors.InsufficientPrivilege):
            labels.execute("INSERT INTO seed_topics (label) VALUES ('anything')")
        with pytest.raises(psycopg2.errors.CheckViolation):
            labels.execute("INSERT INTO label_events (article_id, label, labelled_by)"
                           " VALUES (%s, 'anything', 'x')", (newsroom.articles[0],))
    finally:
        labels.close()
