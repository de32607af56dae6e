"""
### news_quality: daily checks on what the pipeline stored

One task per check, each comparing the last day with the two weeks before it, per source
(`newsflow.orchestrate.quality`):

- **volume**: a source's pages fell to zero or far below its norm;
- **empty_text**: the share of pages that yielded no text rose;
- **failure_rate**: the share of failed fetches rose;
- **relevance_share**: the share of relevant articles shifted (all sources and per source).

Results are kept in `quality_checks`. A failing check fails its task with a message naming the
source and the figure (no retries: the data will not change by retrying).

**Schedule**: `NEWSFLOW_QUALITY_SCHEDULE` (default `@daily`), and by hand.
**Database**: Airflow connection `newsflow_db`, else `DATABASE_URL`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import dag, get_current_context, task

from core.settings import get_settings
from newsflow.orchestrate.settings import default_args, schedule

SETTINGS = get_settings()
CHECK_NAMES = ("volume", "empty_text", "failure_rate", "relevance_share")


@task(execution_timeout=timedelta(minutes=10))
def run_quality_check(check: str) -> list[dict]:
    """Run one quality check over the day up to this run's date, store its results, and fail
    (without retries) when any source failed it."""
    from dataclasses import asdict

    from airflow.sdk.exceptions import AirflowFailException

    from newsflow.database import resolve_database_url
    from newsflow.orchestrate.quality import failure_summary, run_check

    context = get_current_context()
    end = context.get("data_interval_end") or context["dag_run"].run_after
    results = run_check(resolve_database_url(in_airflow=True), check, now=end)
    for r in results:
        print(("ok    " if r.ok else "FAILED ") + r.message)
    failed = failure_summary(results)
    if failed:
        raise AirflowFailException(failed)
    return [asdict(r) for r in results]


@dag(
    dag_id="news_quality",
    schedule=schedule(SETTINGS.quality_schedule),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=default_args(),
    doc_md=__doc__,
    tags=["newsflow", "quality"],
)
def news_quality():
    for check in CHECK_NAMES:
        run_quality_check.override(task_id=f"check_{check}")(check)


news_quality()
