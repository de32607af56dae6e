"""Workbench users (``web_users``, argon2id hashes), the logged-in session and CSRF tokens.

Users live in the schema owner's table: neither the analyst nor the labeller role can read it.
Every POST carries the session's CSRF token (a form field or the ``X-CSRF-Token`` header); the
session cookie is signed, HttpOnly and SameSite=Strict.
"""

from __future__ import annotations

import re
import secrets
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from fastapi import Depends, HTTPException, Request

from core.store.db import transaction

NAME = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")
MIN_PASSWORD = 10
_hasher = PasswordHasher()
# Verified against when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class UserError(ValueError):
    """A bad user name or password given when adding a user."""


def add_user(database_url: str, name: str, password: str, *, replace: bool = False) -> bool:
    """Create ``name`` (or, with ``replace``, set its password); True when a new user was made."""
    if not NAME.match(name):
        raise UserError("a user name is 1-64 letters, digits or _.@-")
    if len(password) < MIN_PASSWORD:
        raise UserError(f"a password needs at least {MIN_PASSWORD} characters")
    digest = _hasher.hash(password)
    with transaction(database_url) as conn, conn.cursor() as cur:
        if replace:
            cur.execute("INSERT INTO web_users (name, password_hash) VALUES (%s, %s) ON CONFLICT (name) "
                        "DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING (xmax = 0)",
                        (name, digest))
        else:
            cur.execute("INSERT INTO web_users (name, password_hash) VALUES (%s, %s) "
                        "ON CONFLICT (name) DO NOTHING RETURNING true", (name, digest))
        row = cur.fetchone()
    if row is None:
        raise UserError(f"user {name!r} exists already (--replace sets a new password)")
    return bool(row[0])


def list_users(database_url: str) -> list[tuple[str, object, object]]:
    with transaction(database_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT name, created_at, last_login_at FROM web_users ORDER BY name")
        return cur.fetchall()


def check_login(database_url: str, name: str, password: str) -> bool:
    """True when ``password`` is ``name``'s; records the login and upgrades an outdated hash."""
    with transaction(database_url) as conn, conn.cursor() as cur:
        cur.execute("SELECT id, password_hash FROM web_users WHERE name = %s", (name,))
        row = cur.fetchone()
        stored = row[1] if row else _DUMMY_HASH
        try:
            _hasher.verify(stored, password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False
        if row is None:
            return False
        rehash = _hasher.hash(password) if _hasher.check_needs_rehash(stored) else stored
        cur.execute("UPDATE web_users SET last_login_at = now(), password_hash = %s WHERE id = %s",
                    (rehash, row[0]))
    return True


def csrf_token(request: Request) -> str:
    """The session's CSRF token (made on first use)."""
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def check_csrf(request: Request) -> None:
    """Reject a write whose token is missing or not the session's (403)."""
    expected = request.session.get("csrf")
    given = request.headers.get("x-csrf-token")
    if given is None:
        form = await request.form()
        value = form.get("csrf")
        given = value if isinstance(value, str) else None
    if not expected or not given or not secrets.compare_digest(expected, given):
        raise HTTPException(status_code=403, detail="CSRF token missing or wrong: reload the page")


class LoginRequired(Exception):
    """Raised by ``current_user`` for a request without a logged-in session."""


def current_user(request: Request) -> str:
    user = request.session.get("user")
    if not user:
        raise LoginRequired
    return user


User = Annotated[str, Depends(current_user)]


def safe_next(target: str | None) -> str:
    """Where to go after login: a path on this site only (never ``//host`` or a scheme)."""
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target
