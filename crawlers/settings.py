"""Scrapy settings of the fetch stage. Polite by default: robots.txt obeyed, AutoThrottle,
per-domain concurrency, an honest User-Agent with a contact, timeouts, size caps, retries with
backoff, bounded redirects. Tests and benchmarks turn throttling down with ``-s``."""

from __future__ import annotations

from core.settings import get_settings

_settings = get_settings()

BOT_NAME = "newsflow"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"
# Our `crawl` replaces Scrapy's: it exits non-zero when the run failed (crawlers/commands/crawl.py).
COMMANDS_MODULE = "crawlers.commands"

USER_AGENT = _settings.user_agent + (f" contact: {_settings.contact}" if _settings.contact else "")
ROBOTSTXT_OBEY = True
NEWSFLOW_ALLOW_PRIVATE_ADDRESSES = _settings.allow_private_addresses

# Politeness: at most 2 parallel requests per site, adaptive delay from the site's latency.
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# Scrapy starts this many asyncio tasks per response to process its output; an article page yields
# one item, so the default 100 is pure overhead (it capped loopback crawls near 60 pages/s).
CONCURRENT_ITEMS = 16
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.5

# No hangs: every download has a deadline and a size cap (news pages are < 2 MB; bombs are not).
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 5 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DNS_TIMEOUT = 20
# Resolves every connection's host and refuses private answers then (crawlers/resolver.py).
TWISTED_DNS_RESOLVER = "crawlers.resolver.GuardedResolver"

RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0

REDIRECT_ENABLED = True
REDIRECT_MAX_TIMES = 5
METAREFRESH_ENABLED = False  # challenge pages refresh themselves; never follow that
COOKIES_ENABLED = False

DOWNLOADER_MIDDLEWARES = {
    "crawlers.middlewares.private_guard.PrivateAddressGuardMiddleware": 60,
    "crawlers.middlewares.conditional.ConditionalRequestMiddleware": 420,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.retry_backoff.BackoffRetryMiddleware": 550,
    "crawlers.middlewares.bot_wall.BotWallMiddleware": 570,
    "crawlers.middlewares.offsite_redirect.OffsiteRedirectMiddleware": 650,  # sees a 3xx before redirect
}
SPIDER_MIDDLEWARES = {
    "crawlers.middlewares.seen_filter.SeenUrlFilterMiddleware": 900,
}
ITEM_PIPELINES = {
    "crawlers.pipelines.RawPageStorePipeline": 300,
}
EXTENSIONS = {
    "crawlers.extensions.crawl_run.CrawlRun": 100,
}

TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
