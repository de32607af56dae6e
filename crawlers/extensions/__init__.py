"""Scrapy extensions of the fetch stage, one component per module:

- ``crawl_run``: the run of one source (its ``crawl_runs`` row, buffered writes, validators, the
  per-source lock, the final status), counting in ``crawler.stats`` under ``newsflow/``.
"""
