"""Scrapy middlewares of the fetch stage, one component per module:

- ``private_guard``: refuses hosts that resolve to loopback/private addresses (unless allowed).
- ``conditional``: If-None-Match / If-Modified-Since on feeds and sitemaps seen before.
- ``bot_wall``: turns challenge pages into ``bot_wall`` failures instead of retrying or storing them.
- ``retry_backoff``: Scrapy's retries with exponential backoff between attempts.
- ``seen_filter`` (spider middleware): new articles only, ``--limit``, listing pagination stop.
The failure recorder is the spiders' errback (``crawlers.spiders.base``) with ``crawlers.failures``.
"""
