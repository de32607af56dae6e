"""The project's vocabulary: every status and kind that is stored in a table, one name and one home.

Each is a ``StrEnum``, so a member is the very string the database holds (``CrawlStatus.OK == "ok"``)
and the CHECK constraints in ``core/store/migrations`` list the same values (a test compares them).
"""

from __future__ import annotations

from enum import StrEnum


class CrawlStatus(StrEnum):
    """``crawl_runs.status``: how one crawl of one source went."""

    RUNNING = "running"  # started, not closed yet
    OK = "ok"  # new pages and no failure, or nothing new because everything listed is stored
    PARTIAL = "partial"  # new pages, and failures too
    EMPTY = "empty"  # the entry points answered but listed no articles
    UNREACHABLE = "unreachable"  # no entry point could be reached
    BLOCKED = "blocked"  # a bot wall / challenge page
    FAILED = "failed"  # anything else that produced nothing

    @property
    def usable(self) -> bool:
        """The run stored what it found (a failed, unreachable or blocked run gave nothing)."""
        return self in (CrawlStatus.OK, CrawlStatus.PARTIAL, CrawlStatus.EMPTY)


# Statuses that mean the source gave nothing usable: its DAG task fails, the CLI exits non-zero.
FAILED_CRAWL_STATUSES = frozenset({CrawlStatus.FAILED, CrawlStatus.UNREACHABLE, CrawlStatus.BLOCKED})


class FailureKind(StrEnum):
    """``fetch_failures.kind``: why one URL gave no page."""

    HTTP_ERROR = "http_error"
    BOT_WALL = "bot_wall"
    PRIVATE_ADDRESS = "private_address"
    TIMEOUT = "timeout"
    DNS = "dns"
    CONNECTION_REFUSED = "connection_refused"
    CONNECTION_RESET = "connection_reset"
    TOO_LARGE = "too_large"
    REDIRECT_LOOP = "redirect_loop"
    EMPTY_BODY = "empty_body"
    NOT_HTML = "not_html"
    SOFT_404 = "soft_404"
    XML_HOSTILE = "xml_hostile"
    XML_MALFORMED = "xml_malformed"
    IGNORED = "ignored"
    ERROR = "error"
    ENTRY_GONE = "entry_gone"  # a configured entry point answered 404 / 410 (moved or removed)
    NOT_A_FEED = "not_a_feed"  # a configured feed/sitemap answered an HTML page or something unreadable
    OFFSITE_REDIRECT = "offsite_redirect"  # an article redirected outside the source's domains


# Kinds that mean "could not talk to the site at all".
UNREACHABLE_KINDS = frozenset(
    {FailureKind.DNS, FailureKind.CONNECTION_REFUSED, FailureKind.CONNECTION_RESET, FailureKind.TIMEOUT}
)


class NoteKind(StrEnum):
    """``fetch_failures.kind`` rows that are reported but do not make a run partial: the crawler chose
    not to fetch, or fetched and noted something odd."""

    OFFSITE = "offsite"
    ROBOTS_DISALLOWED = "robots_disallowed"
    CHARSET_MISMATCH = "charset_mismatch"
    STALE_ENTRY = "stale_entry"  # a feed/sitemap's newest item is older than the source's stale_after_days
    FALLBACK = "fallback"  # the run used an entry point discovery found (url) instead of a configured one


class PageOutcome(StrEnum):
    """``raw_pages.process_status``: what processing made of one fetched page."""

    ARTICLE = "article"  # an article row (new or updated)
    DUPLICATE = "duplicate"  # the same text is stored under another URL
    SKIPPED = "skipped"  # not an article: non-200, not HTML, empty (reason in process_error)
    ERROR = "error"  # processing failed (reason in process_error); re-run with `newsflow reprocess`


class ArticleStatus(StrEnum):
    """``articles.status``: whether an article's text is usable (kept either way, never dropped)."""

    OK = "ok"
    TOO_SHORT = "too_short"
    NOT_TEXT = "not_text"
    OTHER_LANGUAGE = "other_language"
