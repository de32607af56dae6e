"""Orchestration support the DAGs call: the database URL as Airflow sees it, schedules, and the
daily data-quality checks (plain functions, testable without Airflow)."""
