"""The workbench's settings (``NEWSFLOW_WEB_*`` environment variables) and its database URLs."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from newsflow.web.retraining import AirflowTarget

ANALYST_ROLE = "newsflow_analyst"
LABELLER_ROLE = "newsflow_labeller"
DEFAULT_PORT = 8780


class WebSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSFLOW_WEB_", extra="ignore")

    host: str = "127.0.0.1"  # loopback unless told otherwise
    port: int = Field(DEFAULT_PORT, ge=1, le=65535)  # 70000 was served on 4464 (the port mod 65536)
    # Signs the session cookie. Unset: a random key per process (sessions end when it restarts).
    secret: str | None = None
    # Log in as other database users for reads and label writes; unset: the owner's URL with SET ROLE.
    read_url: str | None = None
    label_url: str | None = None
    session_hours: int = 12
    # Failed logins allowed per name and address (and 4x that per address) in a window of seconds.
    login_attempts: int = 5
    login_window: int = 60
    # "Retrain now" through Airflow's API (http://HOST:PORT) when set; else in the server itself.
    airflow_url: str | None = None
    airflow_user: str = "admin"
    airflow_password: str | None = None
    # Or the password file Airflow's simple auth manager writes (read at each trigger).
    airflow_passwords_file: Path | None = None

    def airflow(self) -> AirflowTarget | None:
        if not self.airflow_url:
            return None
        parts = urlsplit(self.airflow_url)
        if parts.scheme != "http" or not parts.hostname or not parts.port:
            raise ValueError("NEWSFLOW_WEB_AIRFLOW_URL must be http://HOST:PORT")
        return AirflowTarget(parts.hostname, parts.port, self.airflow_user, self.airflow_password or "",
                             self.airflow_passwords_file)


def with_role(url: str, role: str, *, read_only: bool = False) -> str:
    """``url`` whose sessions act as ``role`` (libpq ``options=-c role=...``): the server then checks
    every statement against that role's grants. The login user must be a member of it (or a superuser)."""
    return with_settings(url, role=role, **({"default_transaction_read_only": "on"} if read_only else {}))


def with_settings(url: str, **settings: str) -> str:
    """``url`` with server settings for its sessions (libpq ``options=-c name=value``), after any it has."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgresql", "postgres"):
        raise ValueError("the workbench needs a postgresql:// URL")
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    options = [query.get("options", "").strip(), *(f"-c {k}={v}" for k, v in settings.items())]
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
    login_attempts: int = 5
    login_window: float = 60.0
    airflow: AirflowTarget | None = None  # None: retrain in the server

    def __post_init__(self) -> None:
        self.read_url = self.read_url or with_role(self.database_url, ANALYST_ROLE, read_only=True)
        self.label_url = self.label_url or with_role(self.database_url, LABELLER_ROLE)
