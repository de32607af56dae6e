"""
### news_process: raw pages to classified articles

Runs whenever `news_crawl` updates the `newsflow_raw_pages` asset, and by hand. Splits the pages not
yet processed into batches and maps one task over each batch: extract and clean the text, drop
duplicates, cluster stories and load `articles` (`cleaner.process.process_pending`). A batch is
idempotent: a retried or re-run batch leaves the same rows. Then scores every article the active
model has not scored yet (`classifier.scoring.score_pending`); the first model is trained from the
seeds and the stored articles once enough have landed, and retrained when the pool has doubled
(`newsflow.pipeline.ensure_active_model`).

**Manual runs**: batch size and a dry run (counts the pending pages, changes nothing).
**Database**: Airflow connection `newsflow_db`, else `DATABASE_URL`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import Param, dag, get_current_context, task

from core.settings import get_settings
from newsflow.orchestrate.assets import RAW_PAGES
from newsflow.orchestrate.settings import default_args

SETTINGS = get_settings()


@dag(
    dag_id="news_process",
    schedule=[RAW_PAGES],
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=default_args(),
    doc_md=__doc__,
    tags=["newsflow", "clean", "classify"],
    params={
        "batch_size": Param(SETTINGS.process_batch_size, type="integer", minimum=1, maximum=100_000,
                            title="Batch size", description="Raw pages per mapped processing task."),
        "dry_run": Param(False, type="boolean", title="Dry run",
                         description="Count the pending pages and batches, change nothing."),
    },
)
def news_process():
    @task(execution_timeout=timedelta(minutes=5))
    def plan_batches() -> list[list[int]]:
        """List the unprocessed raw pages as batches of ids, one mapped task each."""
        from cleaner.process import pending_batches
        from newsflow.database import resolve_database_url

        params = get_current_context()["params"]
        batches = pending_batches(resolve_database_url(in_airflow=True), int(params["batch_size"]))
        pages = sum(len(b) for b in batches)
        print(f"{pages} pending raw page(s) in {len(batches)} batch(es)")
        if params.get("dry_run"):
            print("dry run: nothing processed")
            return []
        return batches

    @task(
        execution_timeout=timedelta(minutes=30),
        max_active_tis_per_dagrun=SETTINGS.process_parallelism,
        map_index_template="{{ task.op_kwargs['raw_page_ids'][0] }}+",
    )
    def process_batch(raw_page_ids: list[int]) -> dict:
        """Clean, deduplicate, cluster and load one batch of raw pages into `articles`; a page that
        fails is marked with `raw_pages.process_error` and the rest of the batch goes on."""
        from cleaner.process import process_pending
        from newsflow.database import resolve_database_url
        from newsflow.orchestrate.runtime import as_dict

        result = as_dict(process_pending(
            resolve_database_url(in_airflow=True),
            raw_page_ids=list(raw_page_ids),
            batch_size=len(raw_page_ids),
        ))
        print(f"batch of {len(raw_page_ids)} page(s) from id {min(raw_page_ids)}: {result}")
        return result

    @task(trigger_rule="all_done", execution_timeout=timedelta(minutes=30))
    def classify() -> int:
        """Score with the active model every article it has not scored yet (also after a failed
        batch: the batches that succeeded still get scored). Trains the first model when enough
        articles have landed, a new one when the pool has doubled."""
        from airflow.sdk.exceptions import AirflowSkipException

        from classifier.scoring import score_pending
        from newsflow.database import resolve_database_url
        from newsflow.pipeline import ensure_active_model

        if get_current_context()["params"].get("dry_run"):
            raise AirflowSkipException("dry run: nothing scored")
        url = resolve_database_url(in_airflow=True)
        found = ensure_active_model(url)
        if found is None:
            print("no active model yet: too few articles to set a threshold from; nothing scored")
            return 0
        model_id, version = found
        scored = score_pending(url, model_id=model_id)
        print(f"scored {scored} article(s) with model {version} (id {model_id})")
        return scored

    # Mapped tasks do not take their docstring as doc by themselves.
    batches = process_batch.override(doc_md=process_batch.function.__doc__)
    batches.expand(raw_page_ids=plan_batches()) >> classify()


news_process()
