"""The review page: one queued article at a time, one key per decision, undo, progress, retrain."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response

from classifier.corpus import NONE_LABEL
from newsflow.web.app import WB
from newsflow.web.auth import User, check_csrf
from newsflow.web.queries import review
from newsflow.web.routes.articles import topic_choices, write_label

router = APIRouter()
_KEPT = 200  # skips and undo steps remembered per session (the cookie stays small)


def _keys(labels: list[str]) -> list[tuple[str, str]]:
    """(key, label): digits for the topics in the model's order, ``n`` for none."""
    return [*((str(i + 1), label) for i, label in enumerate(labels[:9])), ("n", NONE_LABEL)]


@router.get("/review")
def review_page(request: Request, user: User,
                wb: WB) -> Response:
    model = review.active_model(wb.reads)  # also the queue's key: read once for the page
    key = wb.queue.key_of(model)
    item = wb.queue.next_item(wb.reads, request.session.get("skipped", []), key)
    keys = _keys(topic_choices(wb, list(model["labels"]) if model else []))
    return wb.render(request, "review.html", item=item, keys=keys,
                     progress=review.progress(wb.reads, wb.queue, user, key), model=model,
                     can_undo=bool(request.session.get("undo")), retrain=wb.retrainer.status())


@router.post("/review/label", dependencies=[Depends(check_csrf)])
def review_label(request: Request, article_id: Annotated[int, Form()], label: Annotated[str, Form()],
                 user: User, wb: WB) -> Response:
    write_label(wb, article_id, label, user)
    request.session["undo"] = [*request.session.get("undo", []), article_id][-_KEPT:]
    return RedirectResponse("/review", status_code=303)


@router.post("/review/skip", dependencies=[Depends(check_csrf)])
def review_skip(request: Request, article_id: Annotated[int, Form()], _user: User) -> Response:
    request.session["skipped"] = [*request.session.get("skipped", []), article_id][-_KEPT:]
    return RedirectResponse("/review", status_code=303)


@router.post("/review/undo", dependencies=[Depends(check_csrf)])
def review_undo(request: Request, user: User,
                wb: WB) -> Response:
    """Withdraw this session's last label: the article goes back to the queue."""
    steps = list(request.session.get("undo", []))
    if steps:
        write_label(wb, steps.pop(), None, user)
        request.session["undo"] = steps
    return RedirectResponse("/review", status_code=303)


@router.post("/review/retrain", dependencies=[Depends(check_csrf)])
def retrain(user: User, wb: WB) -> Response:
    wb.retrainer.start(user)
    return RedirectResponse("/review", status_code=303)


@router.get("/review/retrain/status")
def retrain_status(_user: User, wb: WB) -> Response:
    model = review.active_model(wb.reads)
    active = {"id": model["id"], "version": model["version"]} if model else None
    return JSONResponse({**wb.retrainer.status(), "active_model": active})
