"""The source registry: ``crawlers/sources.toml`` (or ``NEWSFLOW_SOURCES_FILE``), validated by pydantic.

A source is a name, its domains, a language, entry points (RSS/Atom feeds, sitemaps incl. Google
News sitemaps and sitemap indexes, listing pages with a link pattern), optional selectors and Scrapy
setting overrides, a schedule and an enabled flag. Errors name the source and the field.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from core.settings import get_settings
from crawlers.source_rules import check_domain, check_no_credentials, check_selectors, check_settings

EntryKind = Literal["feed", "sitemap", "listing"]
DEMO_SITE_PORT = "{demo_site_port}"  # placeholder in entry-point URLs (see the _demo_site_port validator)


MAX_REGISTRY_BYTES = 16 * 2**20  # thousands of sources fit in well under 1 MiB


class RegistryError(ValueError):
    """The registry file is missing, not TOML, or an entry is invalid (the message names it)."""


class EntryOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    # Only URLs matching this regex are articles (listing pages: required; feeds/sitemaps: a filter).
    link_pattern: str | None = None
    # Listing pages: CSS selector of the "next page" link (default: rel=next or a.next).
    next_selector: str | None = None
    # Listing pages: never page further than this, even when nothing is known yet.
    max_pages: Annotated[int, Field(ge=1, le=1000)] = 20
    # Sitemaps: follow at most this many child sitemaps of an index (newest first by lastmod).
    max_sitemaps: Annotated[int, Field(ge=1, le=1000)] = 50
    # Sitemap indexes: follow only children whose URL matches this regex (e.g. 'sitemaps/page').
    child_pattern: str | None = None

    @field_validator("link_pattern", "child_pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from exc
        return value


class EntryPoint(BaseModel):
    model_config = ConfigDict(extra="forbid")

    kind: EntryKind
    url: str
    options: EntryOptions = EntryOptions()

    @field_validator("url", mode="before")
    @classmethod
    def _demo_site_port(cls, value: object) -> object:
        """``{demo_site_port}``: the sample site's port setting, so the `demo` source follows it."""
        if isinstance(value, str) and DEMO_SITE_PORT in value:
            return value.replace(DEMO_SITE_PORT, str(get_settings().demo_site_port))
        return value

    @field_validator("url")
    @classmethod
    def _absolute_http(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError(f"must be an absolute http(s) URL, got {value!r}")
        return check_no_credentials(value)

    @model_validator(mode="after")
    def _listing_needs_pattern(self) -> EntryPoint:
        if self.kind == "listing" and not self.options.link_pattern:
            raise ValueError("a listing entry point needs options.link_pattern (which links are articles)")
        return self


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,62}$")]
    title: str = ""
    domains: Annotated[list[str], Field(min_length=1)]
    language: Annotated[str, Field(pattern=r"^[a-z]{2}$")] = "en"
    entry_points: Annotated[list[EntryPoint], Field(min_length=1)]
    # Which spider runs it: "news" (all entry points) or a kind-specific / site-specific one.
    spider: str = "news"
    # Optional CSS selectors the cleaner may use instead of generic extraction (title, body, date...).
    selectors: dict[str, str] = {}
    # Per-source Scrapy setting overrides (e.g. DOWNLOAD_DELAY for a touchy site).
    settings: dict[str, Any] = {}
    # When scheduled news_crawl runs crawl it: cron or preset, UTC (crawlers.schedule.is_due).
    schedule: str = "@hourly"
    # Adaptive polling (crawlers.schedule.poll_interval): both set, the source is due after an
    # interval fitted to how often it publishes, within these bounds (minutes); `schedule` is then unused.
    min_interval: Annotated[int, Field(ge=1, le=10080)] | None = None
    max_interval: Annotated[int, Field(ge=1, le=10080)] | None = None
    # Where discovery starts when an entry point is gone, not a feed or stale (crawlers.discovery).
    homepage: str | None = None
    # A feed or sitemap whose newest item is older than this is stale (discovery is then tried).
    stale_after_days: Annotated[int, Field(ge=1, le=3650)] = 30
    # IANA zone of the outlet's naive publication times (the clean stage reads it from sources.config).
    timezone: str | None = None
    enabled: bool = True
    notes: str = ""

    @field_validator("domains")
    @classmethod
    def _bare_hosts(cls, value: list[str]) -> list[str]:
        cleaned = []
        for domain in value:
            domain = domain.strip().lower()
            if not domain or "/" in domain or ":" in domain:
                raise ValueError(f"domains are bare host names (no scheme, port or path), got {domain!r}")
            cleaned.append(check_domain(domain.removeprefix("www.")))
        return cleaned

    # Allow-listed, typed Scrapy settings and known, compiling selectors (crawlers.source_rules).
    _settings_allowed = field_validator("settings")(check_settings)
    _selectors_compile = field_validator("selectors")(check_selectors)

    @model_validator(mode="after")
    def _entry_points_on_domains(self) -> Source:
        for index, entry in enumerate(self.entry_points):
            if not host_in_domains(urlsplit(entry.url).hostname or "", self.domains):
                raise ValueError(
                    f"entry_points.{index}.url {entry.url!r} is not on the source's domains {self.domains}"
                )
        return self

    @model_validator(mode="after")
    def _homepage_and_intervals(self) -> Source:
        if self.homepage is not None:
            EntryPoint(kind="listing", url=self.homepage, options=EntryOptions(link_pattern="."))
            if not host_in_domains(urlsplit(self.homepage).hostname or "", self.domains):
                raise ValueError(f"homepage {self.homepage!r} is not on the source's domains {self.domains}")
        if (self.min_interval is None) != (self.max_interval is None):
            raise ValueError("min_interval and max_interval go together (minutes; adaptive polling)")
        if (self.min_interval or 0) > (self.max_interval or 0):
            raise ValueError(f"min_interval {self.min_interval} is above max_interval {self.max_interval}")
        return self

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str | None) -> str | None:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        if value is not None:
            try:
                ZoneInfo(value)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"not an IANA time zone name (e.g. Europe/Moscow): {value!r}") from exc
        return value

    @field_validator("schedule")
    @classmethod
    def _cron(cls, value: str) -> str:
        from croniter import croniter

        if not croniter.is_valid(value):
            raise ValueError(f"must be a cron expression or preset such as @hourly or @daily, got {value!r}")
        return value

    @field_validator("spider")
    @classmethod
    def _known_spider(cls, value: str) -> str:
        if not re.fullmatch(r"[a-z0-9_]+", value):
            raise ValueError(f"spider must be a spider name, got {value!r}")
        return value


class Registry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: list[Source] = []


def host_in_domains(host: str, domains: list[str]) -> bool:
    """True when ``host`` is one of ``domains`` or a subdomain of one (``www.`` ignored)."""
    host = host.lower().removeprefix("www.")
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def _describe(error: dict[str, Any], raw: dict[str, Any]) -> str:
    location = list(error["loc"])
    where = "registry"
    if len(location) >= 2 and location[0] == "source" and isinstance(location[1], int):
        index = location[1]
        entries = raw.get("source") or []
        name = (
            entries[index].get("name") if index < len(entries) and isinstance(entries[index], dict) else None
        )
        where = f"source #{index + 1}" + (f" {name!r}" if name else "")
        location = location[2:]
    field = ".".join(str(part) for part in location) or "(entry)"
    return f"{where}: {field}: {error['msg']}"


def parse_sources(text: str, origin: str = "sources.toml") -> list[Source]:
    """Sources from TOML text; raises ``RegistryError`` naming every bad entry and field."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(f"{origin}: not valid TOML: {exc}") from exc
    except RecursionError:
        raise RegistryError(f"{origin}: not a registry: arrays or tables nested too deeply") from None
    try:
        registry = Registry.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(_describe(error, raw) for error in exc.errors())
        raise RegistryError(f"{origin}: {problems}") from exc
    names = [source.name for source in registry.source]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise RegistryError(f"{origin}: duplicate source name(s): {', '.join(duplicates)}")
    return registry.source


def sources_path(path: str | Path | None = None) -> Path:
    return Path(path) if path is not None else Path(get_settings().sources_file)


def load_sources(path: str | Path | None = None) -> list[Source]:
    """Every source of the registry (enabled or not)."""
    file = sources_path(path)
    try:
        with file.open("rb") as handle:
            data = handle.read(MAX_REGISTRY_BYTES + 1)  # /dev/zero or a runaway file: never all of it
        text = data.decode("utf-8")
    except FileNotFoundError as exc:
        raise RegistryError(f"source registry {file} does not exist") from exc
    except IsADirectoryError as exc:
        raise RegistryError(f"source registry {file} is a directory, not a TOML file") from exc
    except UnicodeDecodeError as exc:
        if len(data) <= MAX_REGISTRY_BYTES:
            line = text_line(data, exc.start)
            raise RegistryError(f"{file}:{line}: not UTF-8 text (byte {exc.start + 1})") from None
        text = ""
    except OSError as exc:
        raise RegistryError(f"source registry {file}: {exc.strerror or exc}") from exc
    if len(data) > MAX_REGISTRY_BYTES:
        raise RegistryError(f"source registry {file} is larger than {MAX_REGISTRY_BYTES // 2**20} MiB")
    return parse_sources(text, origin=str(file))


def text_line(data: bytes, offset: int) -> int:
    """The line number of byte ``offset``."""
    return data.count(b"\n", 0, offset) + 1


def get_source(name: str, path: str | Path | None = None) -> Source:
    sources = load_sources(path)
    for source in sources:
        if source.name == name:
            return source
    known = ", ".join(sorted(source.name for source in sources))
    raise RegistryError(f"unknown source {name!r}; known: {known}")


def sync_sources(database_url: str, sources: list[Source]) -> dict[str, int]:
    """Upsert ``sources`` rows by name; return name -> id."""
    from core.store.db import transaction
    from crawlers.store import upsert_sources

    with transaction(database_url) as conn:
        return upsert_sources(conn, sources)
