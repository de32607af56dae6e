"""Assets shared by the DAGs that produce and consume them."""

from airflow.sdk import Asset

# Updated by news_crawl whenever a source's crawl finishes; news_process is scheduled on it.
RAW_PAGES = Asset(name="newsflow_raw_pages", uri="newsflow://raw_pages", group="newsflow")
