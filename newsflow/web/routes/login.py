"""Log in and out. The login form carries a CSRF token like every other write; failed logins are
throttled per name and address (``newsflow.web.throttle``)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse, Response

from newsflow.web.app import WB
from newsflow.web.auth import User, check_csrf, check_login, safe_next

router = APIRouter()


@router.get("/login")
def login_page(request: Request, wb: WB, next: str = "/") -> Response:
    return wb.render(request, "login.html", next=safe_next(next), error="")


@router.post("/login", dependencies=[Depends(check_csrf)])
async def login(request: Request, wb: WB, name: Annotated[str, Form()] = "",
                password: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/") -> Response:
    address = request.client.host if request.client else "?"
    wait = wb.throttle.retry_after(name, address)
    if wait:  # refused before the password is checked: no hash spent, nothing learnt
        reply = wb.render(request, "login.html", status_code=429, next=safe_next(next),
                          error=f"Too many failed logins: try again in {wait} s.")
        reply.headers["Retry-After"] = str(wait)
        return reply
    ok = await run_in_threadpool(check_login, wb.config.database_url, name, password)
    if not ok:
        wb.throttle.failed(name, address)
        return wb.render(request, "login.html", status_code=401, next=safe_next(next),
                         error="Wrong name or password.")
    wb.throttle.succeeded(name, address)
    request.session.clear()  # a new session on login: nothing carried over from before it
    request.session["user"] = name
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout", dependencies=[Depends(check_csrf)])
def logout(request: Request, _user: User) -> Response:
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
