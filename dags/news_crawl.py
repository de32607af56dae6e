"""
### news_crawl: fetch every enabled source

One mapped task per enabled source (dynamic task mapping). Each runs its Scrapy spider in a
subprocess with a timeout (`crawlers.runner.crawl_source`), stores every fetched page in `raw_pages`,
and records the run in `crawl_runs` and failed fetches in `fetch_failures`. A failing source fails its
own task only; the others carry on. Each finished crawl updates the `newsflow_raw_pages` asset,
which schedules `news_process`.

**Schedule**: `NEWSFLOW_CRAWL_SCHEDULE` (default `@hourly`). **Manual runs**: pick sources, a page
limit, a since-date, or a dry run (lists what would be crawled) in the trigger form.
**Database**: Airflow connection `newsflow_db`, else `DATABASE_URL`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import Param, dag, get_current_context, task

from core.settings import get_settings
from newsflow.orchestrate.assets import RAW_PAGES
from newsflow.orchestrate.settings import default_args, schedule

SETTINGS = get_settings()
CRAWL_TIMEOUT = timedelta(seconds=SETTINGS.crawl_timeout_seconds)


@dag(
    dag_id="news_crawl",
    schedule=schedule(SETTINGS.crawl_schedule),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=default_args(),
    doc_md=__doc__,
    tags=["newsflow", "fetch"],
    params={
        "sources": Param([], type="array", items={"type": "string"}, title="Sources",
                         description="Source names to crawl; empty means every enabled source."),
        "limit": Param(None, type=["null", "integer"], minimum=1, title="Page limit",
                       description="At most this many article pages per source."),
        "since": Param(None, type=["null", "string"], format="date", title="Since",
                       description="Only articles published on or after this date (YYYY-MM-DD)."),
        "dry_run": Param(False, type="boolean", title="Dry run",
                         description="List the sources that would be crawled, fetch nothing."),
    },
)
def news_crawl():
    @task(execution_timeout=timedelta(minutes=5))
    def enabled_sources() -> list[str]:
        """Sync `crawlers/sources.toml` into `sources` and list the enabled ones to crawl
        (the trigger form's choice when given)."""
        from crawlers.registry import load_sources, sync_sources
        from newsflow.database import resolve_database_url
        from newsflow.orchestrate.runtime import select_sources

        params = get_current_context()["params"]
        sources = load_sources()
        sync_sources(resolve_database_url(in_airflow=True), sources)
        names = select_sources([s.name for s in sources if s.enabled], params.get("sources"))
        print(f"crawling {len(names)} source(s): {', '.join(names)}")
        return names

    @task(
        outlets=[RAW_PAGES],
        execution_timeout=CRAWL_TIMEOUT + timedelta(minutes=5),
        max_active_tis_per_dag=SETTINGS.crawl_parallelism,
        map_index_template="{{ task.op_kwargs['source'] }}",
    )
    def crawl(source: str):
        """Crawl one source in a subprocess (Scrapy's reactor cannot restart in a worker) and
        return the `crawl_runs` summary. Fails when the source was unreachable, blocked or failed."""
        from airflow.sdk.exceptions import AirflowException, AirflowSkipException

        from core.vocabulary import FAILED_CRAWL_STATUSES
        from crawlers.runner import crawl_source
        from newsflow.database import resolve_database_url
        from newsflow.orchestrate.runtime import as_dict, parse_since

        context = get_current_context()
        params = context["params"]
        if params.get("dry_run"):
            # Skipped, not succeeded: a skipped task updates no asset, so nothing downstream runs.
            raise AirflowSkipException(
                f"dry run: would crawl {source} (limit={params.get('limit')}, since={params.get('since')})"
            )
        result = as_dict(crawl_source(
            source,
            database_url=resolve_database_url(in_airflow=True),
            limit=params.get("limit"),
            since=parse_since(params.get("since")),
            timeout=int(CRAWL_TIMEOUT.total_seconds()),
        ))
        print(f"{source}: {result}")
        if result.get("status") in FAILED_CRAWL_STATUSES:
            raise AirflowException(
                f"source {source!r} crawl {result.get('status')}: {result.get('message') or 'no message'}"
                f" (crawl_run_id={result.get('crawl_run_id')}, pages_failed={result.get('pages_failed')})"
            )
        context["outlet_events"][RAW_PAGES].extra = {
            "source": source, "pages_fetched": result.get("pages_fetched")
        }
        return result

    # Mapped tasks do not take their docstring as doc by themselves.
    crawl.override(doc_md=crawl.function.__doc__).expand(source=enabled_sources())


news_crawl()
