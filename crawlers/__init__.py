"""The fetch stage: a Scrapy project whose generic spiders are driven by the source registry
(``crawlers/sources.toml``). ``crawlers.runner.crawl_source`` runs one source in a subprocess."""
