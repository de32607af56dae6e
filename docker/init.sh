#!/bin/bash
# One-shot init job of docker-compose.yml: Airflow's metadata schema, the project's migrations, and
# a first model when none is active and enough articles are stored (else news_process trains it after
# the first crawl). Every step is idempotent.
set -euo pipefail
# Placeholder secrets (change-me) never start a stack: the other services wait for this job.
python -m newsflow.orchestrate.deploy_secrets
echo "airflow: migrating the metadata database"
airflow db migrate
echo "newsflow: applying migrations"
newsflow db upgrade
echo "newsflow: the DAGs' login newsflow_worker (newsflow_pipeline; password NEWSFLOW_PIPELINE_PASSWORD)"
python - <<'PY'
import os
import psycopg2
from psycopg2 import sql
conn = psycopg2.connect(os.environ["DATABASE_URL"])
with conn, conn.cursor() as cur:
    cur.execute("SELECT 1 FROM pg_roles WHERE rolname = 'newsflow_worker'")
    verb = "ALTER" if cur.fetchone() else "CREATE"
    cur.execute(sql.SQL(verb + " ROLE newsflow_worker LOGIN PASSWORD {}").format(
        sql.Literal(os.environ["NEWSFLOW_PIPELINE_PASSWORD"])))
    cur.execute("GRANT newsflow_pipeline TO newsflow_worker")
conn.close()
PY
echo "newsflow: making sure a model is active"
python - <<'PY'
import os
from newsflow.pipeline import ensure_active_model
found = ensure_active_model(os.environ["DATABASE_URL"])
print(f"active model {found[1]} (id {found[0]})" if found else
      "no model yet: the first is trained when the first crawl has landed")
PY
