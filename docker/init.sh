#!/bin/bash
# One-shot init job of docker-compose.yml: Airflow's metadata schema, the project's migrations, and
# a first model trained from the seeds when none is active. Every step is idempotent.
set -euo pipefail
echo "airflow: migrating the metadata database"
airflow db migrate
echo "newsflow: applying migrations"
newsflow db upgrade
echo "newsflow: making sure a model is active"
python - <<'PY'
import os
from newsflow.pipeline import ensure_active_model
model_id, version = ensure_active_model(os.environ["DATABASE_URL"])
print(f"active model {version} (id {model_id})")
PY
