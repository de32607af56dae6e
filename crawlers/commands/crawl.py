"""``scrapy crawl``: Scrapy's own command, which exits 0 whatever became of the crawl, plus an exit
status from the run's ``crawl_runs`` status: ``RUN_NOT_USABLE_EXIT`` when it gave nothing usable."""

from __future__ import annotations

import argparse

from scrapy.commands.crawl import Command as ScrapyCrawl

from core.vocabulary import CrawlStatus
from crawlers.commands import RUN_NOT_USABLE_EXIT
from crawlers.extensions.crawl_run import CrawlRun


class Command(ScrapyCrawl):
    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1 or self.crawler_process is None:
            super().run(args, opts)  # Scrapy's own usage errors
            return
        # Scrapy's run(), keeping the crawler to read its stats afterwards.
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
            return
        run = crawler.get_extension(CrawlRun)
        status = run.final_status if run else None
        if status and not CrawlStatus(status).usable:
            self.exitcode = RUN_NOT_USABLE_EXIT
