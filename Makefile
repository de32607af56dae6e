# newsflow: two commands after `git clone`: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup run test test-fast lint eval bench demo clean-data

setup: $(STAMP)

# Re-install only when the dependency list changes. pip is upgraded first: the venv's
# bundled pip (23.2) misreads lxml's html-clean extra, and trafilatura then fails at import.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q -U pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

# Everything a user needs: Postgres (DATABASE_URL, a local server, or an embedded one),
# migrations, a first model, then Airflow with the project's DAGs. Ctrl-C stops it all.
run: setup
	$(BIN)/newsflow up $(ARGS)

# The import contract (layers, see docs/architecture.md) first: a wrong import fails the build.
test: setup
	bash scripts/install-system-tools.sh
	$(BIN)/lint-imports
	$(BIN)/python -m pytest

# The inner loop: everything but the tests marked slow (> ~3 s) and the Airflow ones (~1 min).
test-fast: setup
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -m "not slow and not airflow"

lint: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/bandit -q -c pyproject.toml -r core crawlers cleaner classifier newsflow dags

# Quality figures: extraction F1 on the benchmark corpus, classifier AUC/F1 (needs ../shared).
eval: setup
	$(BIN)/python bench/eval_extraction.py
	$(BIN)/python bench/eval_readability.py
	$(BIN)/python bench/eval_classifier.py

bench: setup
	$(BIN)/python bench/run_all.py

# Offline demo without Airflow: serve the sample site, crawl it once, clean, classify, load.
demo: setup
	$(BIN)/newsflow demo

clean-data:
	rm -rf .data
