"""The workbench's ASGI application: sessions, login enforcement, security headers, the page routes."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

import psycopg2
from fastapi import Depends, FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.middleware.sessions import SessionMiddleware

from newsflow.web.auth import LoginRequired, csrf_token
from newsflow.web.config import WebConfig
from newsflow.web.db import Pool, PoolExhausted
from newsflow.web.queue import ReviewQueue
from newsflow.web.retraining import Retrainer
from newsflow.web.throttle import LoginThrottle

HERE = Path(__file__).resolve().parent
_log = logging.getLogger(__name__)
# Scripts only from this site (the one small script file), no framing, no referrer to other sites.
_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'")


@dataclass
class Workbench:
    """What the routes share: settings, the role pools, templates, the retrain job."""

    config: WebConfig
    reads: Pool
    labels: Pool
    templates: Jinja2Templates
    retrainer: Retrainer
    throttle: LoginThrottle
    queue: ReviewQueue

    def render(self, request: Request, name: str, status_code: int = 200, **context: Any) -> Response:
        context.update(user=request.session.get("user"), csrf=csrf_token(request))
        return self.templates.TemplateResponse(request, name, context, status_code=status_code)

    def close(self) -> None:
        self.reads.close()
        self.labels.close()


def workbench(request: Request) -> Workbench:
    return request.app.state.workbench


WB = Annotated[Workbench, Depends(workbench)]


def create_app(config: WebConfig) -> FastAPI:
    from newsflow.web.routes import articles, digests, login, review, search, sources

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.workbench.close()

    app = FastAPI(title="newsflow workbench", docs_url=None, redoc_url=None, openapi_url=None,
                  lifespan=lifespan)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["when"] = _when
    app.state.workbench = Workbench(
        config=config, reads=Pool(config.read_url), labels=Pool(config.label_url, size=4),
        templates=templates, retrainer=Retrainer(config.database_url, config.seeds_dir, config.airflow),
        throttle=LoginThrottle(config.login_attempts, 4 * config.login_attempts, config.login_window),
        queue=ReviewQueue())
    app.add_middleware(SessionMiddleware, secret_key=config.secret, session_cookie="newsflow_session",
                       max_age=config.session_hours * 3600, same_site="strict", https_only=False)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    for module in (login, search, articles, review, sources, digests):
        app.include_router(module.router)

    @app.exception_handler(LoginRequired)
    async def _to_login(request: Request, _exc: LoginRequired) -> Response:
        if request.method == "GET" and "application/json" not in request.headers.get("accept", ""):
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse(f"/login?{_next(target)}", status_code=303)
        return JSONResponse({"detail": "log in first"}, status_code=401)

    @app.exception_handler(psycopg2.OperationalError)
    @app.exception_handler(PoolExhausted)
    async def _unavailable(request: Request, exc: Exception) -> Response:
        # The server's message goes to the log, not to the page (it names hosts and ports).
        _log.warning("database unavailable for %s %s: %s", request.method, request.url.path,
                     " ".join(str(exc).split()))
        headers = {"Retry-After": "10"}
        if "application/json" in request.headers.get("accept", ""):
            return JSONResponse({"detail": "the database is not answering; try again shortly"},
                                status_code=503, headers=headers)
        return HTMLResponse("<!doctype html><title>newsflow: database unavailable</title>"
                            "<p>The database is not answering. Try again in a moment.</p>",
                            status_code=503, headers=headers)

    @app.middleware("http")
    async def _headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", _CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers.setdefault("Cache-Control", "no-store")
        return response

    return app


def _next(target: str) -> str:
    from urllib.parse import urlencode

    return urlencode({"next": target})


def _when(value: Any, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A timestamp for the page (UTC as stored), or an em dash."""
    return value.strftime(fmt) if value is not None else "—"
