"""Startup runs on an empty database (issue 13): `newsflow up` unpauses every DAG, so the scheduled
`classifier_retrain` and `news_quality` run at once, before the first crawl has landed. They must
succeed and leave nothing behind that decides (before: a model trained on the seeds alone, with an
empty pool and threshold 0, became active and marked the whole first crawl relevant)."""

from __future__ import annotations

import pytest
from airflow_harness import load_dagbag, migrate_metadata  # sets up Airflow before it is imported
from helpers import rows

pytestmark = pytest.mark.airflow


@pytest.fixture(scope="module")
def bag() -> dict:
    migrate_metadata()
    dagbag = load_dagbag()
    assert dagbag.import_errors == {}
    return dagbag.dags


def states(dag_run) -> dict[str, str]:
    return {ti.task_id: ti.state for ti in dag_run.get_task_instances()}


def test_retrain_and_quality_on_an_empty_database_do_nothing_harmful(db: str, bag: dict) -> None:
    for dag_id in ("classifier_retrain", "news_quality"):
        dag = bag[dag_id]
        dag_run = dag.test(run_conf={k: dag.params[k] for k in dag.params})
        assert dag_run.state == "success", (dag_id, states(dag_run))
    assert rows(db, "SELECT count(*) FROM models") == [(0,)]
    assert rows(db, "SELECT count(*) FROM quality_checks WHERE NOT ok") == [(0,)]
