"""
### classifier_retrain: a new topic model from seeds and analyst labels

Trains a TF-IDF model from `seeds/` (a folder per label), the analysts' labels and the stored article
pool, registers it in `models` and activates it only when it is better than the active one
(`classifier.retrain.retrain`). With too few stored articles to set a threshold from (a startup run on
an empty database) it trains nothing. When the new model is active, re-scores the stored articles with it;
the old model's scores stay beside the new ones in `classifications`.

**Schedule**: `NEWSFLOW_RETRAIN_SCHEDULE` (default `@weekly`), and by hand.
**Database**: Airflow connection `newsflow_db`, else `DATABASE_URL`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import dag, task

from core.settings import get_settings
from newsflow.orchestrate.settings import default_args, schedule

SETTINGS = get_settings()


@dag(
    dag_id="classifier_retrain",
    schedule=schedule(SETTINGS.retrain_schedule),
    start_date=datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args=default_args(),
    doc_md=__doc__,
    tags=["newsflow", "classify"],
)
def classifier_retrain():
    @task(execution_timeout=timedelta(hours=1))
    def retrain() -> dict:
        """Train, register, and activate the new model if it is better than the active one by
        cross-validation over the labels; nothing is trained while too few articles are stored."""
        from classifier.retrain import retrain as run_retrain
        from newsflow.database import resolve_database_url
        from newsflow.orchestrate.runtime import as_dict

        result = as_dict(run_retrain(resolve_database_url(in_airflow=True), get_settings().seeds_dir))
        print(f"retrain: {result}")
        return result

    @task(execution_timeout=timedelta(hours=1))
    def rescore(result: dict) -> int:
        """Score every stored article with the active model where it has no score by it yet."""
        from classifier.registry import active_model
        from classifier.scoring import score_pending
        from newsflow.database import resolve_database_url

        url = resolve_database_url(in_airflow=True)
        found = active_model(url)
        if found is None:  # nothing crawled yet: the first model comes after the first crawl
            print(f"no active model, nothing scored ({result.get('skipped') or result})")
            return 0
        model_id = found[0]
        scored = score_pending(url, model_id=model_id)
        print(f"scored {scored} article(s) with model id {model_id}")
        return scored

    rescore(retrain())


classifier_retrain()
