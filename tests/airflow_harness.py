"""Airflow for tests: a throw-away AIRFLOW_HOME with a SQLite metadata DB migrated once per session.

Import this module before anything imports airflow (Airflow reads its configuration at import time).
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DAGS = ROOT / "dags"
DAG_IDS = ("news_crawl", "news_process", "classifier_retrain", "news_quality", "news_digest")

if "airflow" in sys.modules and not os.environ.get("AIRFLOW_HOME", "").startswith(tempfile.gettempdir()):
    raise RuntimeError("airflow was imported before tests/airflow_harness.py: its config would be ~/airflow")
if "airflow" not in sys.modules:
    _home = tempfile.mkdtemp(prefix="nf_airflow_")
    atexit.register(shutil.rmtree, _home, ignore_errors=True)
    os.environ["AIRFLOW_HOME"] = _home
    os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
    os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(DAGS)
    os.environ["AIRFLOW__CORE__UNIT_TEST_MODE"] = "False"
    # Task logs would otherwise go to files under AIRFLOW_HOME only; keep them quiet but readable.
    os.environ.setdefault("AIRFLOW__LOGGING__LOGGING_LEVEL", "WARNING")

_migrated = False


def migrate_metadata() -> None:
    """Create Airflow's metadata tables (~3 s on SQLite), once per process."""
    global _migrated
    if not _migrated:
        from airflow.utils.db import resetdb

        resetdb(skip_init=False)
        _migrated = True


def load_dagbag():
    """Every DAG in dags/, parsed the way the DAG processor parses them."""
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS))
