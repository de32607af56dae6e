"""The workbench's settings (``NEWSFLOW_WEB_*`` environment variables) and its database URLs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from pydantic_settings import BaseSettings, SettingsConfigDict

ANALYST_ROLE = "newsflow_analyst"
LABELLER_ROLE = "newsflow_labeller"
DEFAULT_PORT = 8780


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSFLOW_WEB_", extra="ignore")

    host: str = "127.0.0.1"  # loopback unless told otherwise
    port: int = DEFAULT_PORT
    # Signs the session cookie. Unset: a random key per process (sessions end when it restarts).
    secret: str | None = None
    # Log in as other database users for reads and label writes; unset: the owner's URL with SET ROLE.
    read_url: str | None = None
    label_url: str | None = None
    session_hours: int = 12


def with_role(url: str, role: str, *, read_only: bool = False) -> str:
    """``url`` whose sessions act as ``role`` (libpq ``options=-c role=...``): the server then checks
    every statement against that role's grants. The login user must be a member of it (or a superuser)."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise ValueError("the workbench needs a postgresql:// URL")
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    options = [query.get("options", "").strip(), f"-c role={role}"]
    if read_only:
        options.append("-c default_transaction_read_only=on")
    query["options"] = " ".join(o for o in options if o)
    return urlunsplit(parts._replace(query=urlencode(query, quote_via=quote)))  # libpq reads no "+"


@dataclass
class WebConfig:
    """What one running workbench uses: the owner's URL (logins, retraining), the read and label URLs."""

    database_url: str
    digest_dir: Path
    seeds_dir: Path
    secret: str
    read_url: str = ""
    label_url: str = ""
    session_hours: int = 12

    def __post_init__(self) -> None:
        self.read_url = self.read_url or with_role(self.database_url, ANALYST_ROLE, read_only=True)
        self.label_url = self.label_url or with_role(self.database_url, LABELLER_ROLE)
