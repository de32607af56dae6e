#!/bin/bash
# First start of the Postgres container only: create Airflow's metadata database beside the
# project's (POSTGRES_DB), both owned by POSTGRES_USER. Separate databases, one server.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v db="${AIRFLOW_DB:-airflow}" -v owner="$POSTGRES_USER" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I', :'db', :'owner')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'db')\gexec
SQL
