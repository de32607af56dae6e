"""The article page (text, lineage, scores, labels; label buttons) and the story page."""

from __future__ import annotations

from typing import Annotated

import psycopg2.errors
from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from classifier.corpus import NONE_LABEL, seed_labels
from classifier.labels import admit_seed_topic, label_choices
from newsflow.web.app import WB, Workbench
from newsflow.web.auth import User, check_csrf
from newsflow.web.queries import articles, review

router = APIRouter()


@router.get("/article/{article_id}")
def article_page(request: Request, article_id: int, _user: User,
                 wb: WB) -> Response:
    row = articles.article(wb.reads, article_id)
    if row is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id}")
    return wb.render(request, "article.html", a=row, scores=articles.scores(wb.reads, article_id),
                     labels=articles.labels(wb.reads, article_id),
                     history=articles.label_history(wb.reads, article_id),
                     choices=[*topic_choices(wb, articles.model_labels(wb.reads)), NONE_LABEL])


def topic_choices(wb: Workbench, model_labels: list[str]) -> list[str]:
    """The active model's topics, then the seed folders' topics it does not know yet: a topic just
    added as a folder is labelled before the retrain that learns it (and judges it by its labels)."""
    return label_choices(model_labels, seed_labels(wb.config.seeds_dir))


@router.post("/article/{article_id}/label", dependencies=[Depends(check_csrf)])
def label_article(article_id: int, label: Annotated[str, Form()], user: User,
                  wb: WB) -> Response:
    write_label(wb, article_id, label or None, user)
    return RedirectResponse(f"/article/{article_id}", status_code=303)


def write_label(wb: Workbench, article_id: int, label: str | None, user: str) -> None:
    """One labelling action through the labeller role; a refused label or article is a 400/404. A label
    the trigger refuses that names a seed folder's topic no model knows yet is recorded (owner's URL) so
    that the trigger admits it, then written again: labels the model knows cost nothing more."""
    try:
        try:
            review.record(wb.labels, article_id, label, user)
        except psycopg2.errors.CheckViolation:
            if not (label and label in seed_labels(wb.config.seeds_dir)):
                raise
            admit_seed_topic(wb.config.database_url, label)
            review.record(wb.labels, article_id, label, user)
    except psycopg2.errors.CheckViolation:
        raise HTTPException(status_code=400, detail=f"unknown label {label!r}") from None
    except psycopg2.errors.ForeignKeyViolation:
        raise HTTPException(status_code=404, detail=f"no article {article_id}") from None


@router.get("/story/{story_id}")
def story_page(request: Request, story_id: int, _user: User,
               wb: WB) -> Response:
    row = articles.story(wb.reads, story_id)
    if row is None:
        raise HTTPException(status_code=404, detail=f"no story {story_id}")
    copies = articles.story_copies(wb.reads, story_id)
    return wb.render(request, "story.html", story=row, copies=copies,
                     outlets=sorted({c["source"] for c in copies}))
