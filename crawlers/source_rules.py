"""What a registry entry may ask for beyond its URLs: the Scrapy settings a source may change (an
allow-list with types and bounds), its CSS selectors, and what a domain or URL must not be.

A registry author can make a crawl slower, gentler or more patient; never turn a guard off
(``NEWSFLOW_ALLOW_PRIVATE_ADDRESSES``, robots.txt, the User-Agent with its contact, size caps
beyond the bounds below, middlewares, resolvers, pipelines, extensions). Each rule raises
``ValueError`` with a message naming the key, which pydantic places under the entry's field.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import Field, StrictBool, StrictInt, TypeAdapter, ValidationError

_Seconds = Annotated[float, Field(ge=0, le=600, allow_inf_nan=False)]
_Count = Annotated[StrictInt, Field(ge=0, le=10)]
_Bytes = Annotated[StrictInt, Field(ge=64 * 1024, le=20 * 1024 * 1024)]

# Setting -> its type and bounds. Anything else is refused: new keys are added here on purpose.
ALLOWED_SETTINGS: dict[str, Any] = {
    "DOWNLOAD_DELAY": _Seconds,
    "RANDOMIZE_DOWNLOAD_DELAY": StrictBool,
    "CONCURRENT_REQUESTS_PER_DOMAIN": Annotated[StrictInt, Field(ge=1, le=32)],
    "DOWNLOAD_TIMEOUT": Annotated[float, Field(ge=1, le=600, allow_inf_nan=False)],
    "AUTOTHROTTLE_ENABLED": StrictBool,
    "AUTOTHROTTLE_START_DELAY": _Seconds,
    "AUTOTHROTTLE_MAX_DELAY": _Seconds,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": Annotated[float, Field(gt=0, le=32, allow_inf_nan=False)],
    "RETRY_TIMES": _Count,
    "RETRY_BACKOFF_BASE": _Seconds,
    "RETRY_BACKOFF_MAX": _Seconds,
    "REDIRECT_MAX_TIMES": _Count,
    "DOWNLOAD_MAXSIZE": _Bytes,
    "DOWNLOAD_WARNSIZE": _Bytes,
}

# The selectors the cleaner reads (cleaner.selectors.SourceSelectors).
SELECTOR_KEYS = ("body", "title", "date")


@cache
def _adapter(name: str) -> TypeAdapter[Any]:
    return TypeAdapter(ALLOWED_SETTINGS[name], config={"strict": True})


def check_settings(settings: dict[str, Any]) -> dict[str, Any]:
    """``settings`` with every key allowed and every value of its type and bounds."""
    checked = {}
    for name, value in settings.items():
        if name not in ALLOWED_SETTINGS:
            raise ValueError(f"{name} is not a setting a source may change (allowed: "
                             f"{', '.join(sorted(ALLOWED_SETTINGS))})")
        try:
            checked[name] = _adapter(name).validate_python(value)
        except ValidationError as exc:
            reason = "; ".join(error["msg"] for error in exc.errors())
            raise ValueError(f"{name}: {reason}, got {value!r}") from None
    return checked


def check_selectors(selectors: dict[str, str]) -> dict[str, str]:
    """Known keys only, each a CSS selector that compiles (as the cleaner compiles it)."""
    from cssselect import HTMLTranslator
    from cssselect.parser import SelectorError
    from cssselect.xpath import ExpressionError

    for key, css in selectors.items():
        if key not in SELECTOR_KEYS:
            raise ValueError(f"unknown selector {key!r} (known: {', '.join(SELECTOR_KEYS)})")
        try:
            HTMLTranslator().css_to_xpath(css)
        except (SelectorError, ExpressionError) as exc:
            raise ValueError(f"{key}: not a valid CSS selector {css!r}: {exc}") from None
    return selectors


@cache
def _suffixes():  # type: ignore[no-untyped-def]
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # the bundled list: no network


def check_domain(domain: str) -> str:
    """A domain that names a site, not a public suffix everyone's sites share (``com``, ``co.uk``)."""
    parts = _suffixes()(domain)
    if parts.suffix and not parts.domain:
        raise ValueError(f"{domain!r} is a public suffix, not a site's domain")
    return domain


def check_no_credentials(url: str) -> str:
    """No user or password in a URL: the registry is copied to the analyst-readable sources.config."""
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise ValueError("credentials in a URL are not allowed (the registry is readable by analysts)")
    return url
