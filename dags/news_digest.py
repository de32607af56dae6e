"""
### news_digest: the day's relevant stories as a self-contained HTML report

Writes `digest-YYYY-MM-DD.html` into `NEWSFLOW_DIGEST_DIR` (default `.data/digests`) with
`newsflow.analyst.digest.write_digest`: the day's relevant stories grouped by story cluster with
their outlets, links and top terms; 30-day charts of articles per source and of the relevant share;
the sources with failures. Re-running a day rewrites its file.

**Schedule**: `NEWSFLOW_DIGEST_SCHEDULE` (default `@daily`): each scheduled run reports the day
before the one it runs on (the day that just ended); a manual run reports `day` from the form, else
today.
**Database**: Airflow connection `newsflow_db`, else `DATABASE_URL`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import Param, dag, get_current_context, task

from core.settings import get_settings
from newsflow.orchestrate.settings import default_args, schedule

SETTINGS = get_settings()


@dag(
    dag_id="news_digest",
    schedule=schedule(SETTINGS.digest_schedule),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=default_args(),
    doc_md=__doc__,
    tags=["newsflow", "analyst"],
    params={
        "day": Param(None, type=["null", "string"], format="date",
                     description="Day to report (YYYY-MM-DD); empty: the run's day"),
    },
)
def news_digest():
    @task(execution_timeout=timedelta(minutes=15))
    def write() -> str:
        """Write the digest of the run's day and return its path."""
        from newsflow.analyst.digest import write_digest
        from newsflow.database import resolve_database_url
        from newsflow.orchestrate.runtime import digest_day

        context = get_current_context()
        run = context["dag_run"]
        day = digest_day(context["params"].get("day"), context.get("logical_date") or run.run_after,
                         scheduled=run.run_type in ("scheduled", "backfill"))
        out = write_digest(
            resolve_database_url(in_airflow=True), day, get_settings().digest_dir / f"digest-{day}.html"
        )
        print(f"digest of {day}: {out}")
        return str(out)

    write()


news_digest()
