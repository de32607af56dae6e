#!/bin/bash
# One-shot init job of docker-compose.yml: Airflow's metadata schema, the project's migrations, and
# a first model when none is active and enough articles are stored (else news_process trains it after
# the first crawl). Every step is idempotent.
set -euo pipefail
echo "airflow: migrating the metadata database"
airflow db migrate
echo "newsflow: applying migrations"
newsflow db upgrade
echo "newsflow: making sure a model is active"
python - <<'PY'
import os
from newsflow.pipeline import ensure_active_model
found = ensure_active_model(os.environ["DATABASE_URL"])
print(f"active model {found[1]} (id {found[0]})" if found else
      "no model yet: the first is trained when the first crawl has landed")
PY
