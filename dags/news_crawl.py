"""
### news_crawl: fetch every enabled source

The registry (`crawlers/sources.toml`) is read and synced into `sources` once, by `enabled_sources`;
each source travels on to its task as validated data with its row id. One mapped task per source to
crawl (dynamic task mapping). Each runs its Scrapy spider in a subprocess with a timeout
(`crawlers.runner.crawl_source`), stores every fetched page in `raw_pages`, and records the run in
`crawl_runs` and failed fetches in `fetch_failures`. A failing source fails its own task only; the
others carry on. Each finished crawl updates the `newsflow_raw_pages` asset, which schedules
`news_process`.

**Schedule**: the DAG ticks on `NEWSFLOW_CRAWL_SCHEDULE` (default every 5 minutes); a scheduled run
crawls an enabled source only when it is due: by its adaptive interval when it has
`min_interval`/`max_interval`, else by its own `schedule` in the registry (cron or preset, UTC,
default `@hourly`: it fired since the source's last crawl started; `crawlers.schedule`), so a
`@daily` source is crawled once a day and a tick with nothing due crawls nothing.
**Manual runs** crawl every enabled source, or the ones picked
in the trigger form, whatever their schedule; the form also takes a page limit, a since-date, or a
dry run (lists what would be crawled).
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
    def enabled_sources() -> list[dict]:
        """Load `crawlers/sources.toml` once, sync it into `sources`, and list the sources to crawl
        (with their row ids): the trigger form's choice when given, else the enabled ones; a
        scheduled run keeps those due by their own `schedule`."""
        from crawlers.registry import load_sources, sync_sources
        from crawlers.schedule import due_sources
        from newsflow.database import resolve_database_url
        from newsflow.orchestrate.runtime import select_sources

        context = get_current_context()
        params = context["params"]
        url = resolve_database_url(in_airflow=True)
        sources = load_sources()
        ids = sync_sources(url, sources)
        enabled = [s for s in sources if s.enabled]
        if context["dag_run"].run_type == "scheduled" and not params.get("sources"):
            enabled = due_sources(url, enabled, ids)
        names = select_sources([s.name for s in enabled], params.get("sources"))
        print(f"crawling {len(names)} source(s): {', '.join(names)}")
        by_name = {s.name: s for s in sources}
        return [{"name": n, "source_id": ids[n], "source": by_name[n].model_dump(mode="json")} for n in names]

    @task(
        outlets=[RAW_PAGES],
        execution_timeout=CRAWL_TIMEOUT + timedelta(minutes=5),
        max_active_tis_per_dag=SETTINGS.crawl_parallelism,
        map_index_template="{{ task.op_kwargs['source']['name'] }}",
    )
    def crawl(source: dict):
        """Crawl one source in a subprocess (Scrapy's reactor cannot restart in a worker) and
        return the `crawl_runs` summary. Fails when the source was unreachable, blocked or failed."""
        from airflow.sdk.exceptions import AirflowException, AirflowSkipException

        from core.vocabulary import FAILED_CRAWL_STATUSES
        from crawlers.registry import Source
        from crawlers.runner import crawl_source
        from newsflow.database import resolve_database_url
        from newsflow.orchestrate.runtime import as_dict, parse_since

        context = get_current_context()
        params = context["params"]
        name = source["name"]
        if params.get("dry_run"):
            # Skipped, not succeeded: a skipped task updates no asset, so nothing downstream runs.
            raise AirflowSkipException(
                f"dry run: would crawl {name} (limit={params.get('limit')}, since={params.get('since')})"
            )
        result = as_dict(crawl_source(
            Source.model_validate(source["source"]),
            source_id=source["source_id"],
            database_url=resolve_database_url(in_airflow=True),
            limit=params.get("limit"),
            since=parse_since(params.get("since")),
            timeout=int(CRAWL_TIMEOUT.total_seconds()),
        ))
        print(f"{name}: {result}")
        if result.get("status") in FAILED_CRAWL_STATUSES:
            raise AirflowException(
                f"source {name!r} crawl {result.get('status')}: {result.get('message') or 'no message'}"
                f" (crawl_run_id={result.get('crawl_run_id')}, pages_failed={result.get('pages_failed')})"
            )
        context["outlet_events"][RAW_PAGES].extra = {
            "source": name, "pages_fetched": result.get("pages_fetched")
        }
        return result

    # Mapped tasks do not take their docstring as doc by themselves.
    crawl.override(doc_md=crawl.function.__doc__).expand(source=enabled_sources())


news_crawl()
