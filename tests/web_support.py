"""What the workbench tests share: a config for a test database, logging in, a real scored model."""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime
from pathlib import Path

from core.settings import PROJECT_ROOT
from newsflow.web.auth import add_user
from newsflow.web.config import WebConfig

PASSWORD = "correct horse battery"


def config(url: str, digest_dir: Path) -> WebConfig:
    return WebConfig(database_url=url, digest_dir=digest_dir, seeds_dir=PROJECT_ROOT / "seeds",
                     secret=secrets.token_urlsafe(16))


def fresh_newsroom(url: str):
    """An emptied database seeded with twenty days of the analyst newsroom, and the test user."""
    from analyst_seed import seed_newsroom
    from conftest import truncate_all

    truncate_all(url)
    room = seed_newsroom(url, datetime.now(UTC).date(), days=20)
    ensure_user(url)
    return room


def ensure_user(url: str, name: str = "ana") -> str:
    add_user(url, name, PASSWORD, replace=True)
    return name


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, "the page has no CSRF field"
    return match.group(1)


def log_in(client, name: str = "ana", password: str = PASSWORD) -> str:
    """Log ``client`` in; returns the session's CSRF token."""
    page = client.get("/login")
    reply = client.post("/login", data={"name": name, "password": password, "next": "/search",
                                        "csrf": csrf_of(page.text)}, follow_redirects=False)
    assert reply.status_code == 303, reply.text
    return csrf_of(client.get("/review").text)


def real_model(url: str) -> int:
    """Train on the shipped seeds, activate, score every stored article; returns the model id."""
    from classifier.corpus import load_seeds
    from classifier.registry import register
    from classifier.retrain import train
    from classifier.scoring import score_pending

    model = train(load_seeds(PROJECT_ROOT / "seeds"))
    model_id = register(url, model, activate=True)
    score_pending(url, model_id=model_id)
    return model_id


def article_links(html: str) -> list[str]:
    """The article ids a workbench page links to, in order."""
    return re.findall(r'<a class="title" href="/article/(\d+)"', html)


def next_link(html: str) -> str | None:
    """A paged list's link to its next page."""
    match = re.search(r'<a href="([^"]+)" rel="next"', html)
    return match.group(1).replace("&amp;", "&") if match else None
