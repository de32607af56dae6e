"""Scrapy commands of the project (``COMMANDS_MODULE``): ``crawl`` exits non-zero when its run failed."""

# `scrapy crawl` exits with this when the spider closed its run as failed, unreachable or blocked
# (1 stays Scrapy's own: the crawl could not even start). The runner reads the run's row instead.
RUN_NOT_USABLE_EXIT = 3
