# newsflow on the official Airflow image: the project's code, DAGs, seeds and source registry,
# installed into the image's Python (Airflow itself comes from the base image, not reinstalled).
FROM apache/airflow:3.3.2-python3.11

USER root
# libpq for psycopg2 at run time; curl for health checks.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 curl \
    && rm -rf /var/lib/apt/lists/*
USER airflow

WORKDIR /opt/newsflow
COPY --chown=airflow:root pyproject.toml README.md ./
COPY --chown=airflow:root core ./core
COPY --chown=airflow:root crawlers ./crawlers
COPY --chown=airflow:root cleaner ./cleaner
COPY --chown=airflow:root classifier ./classifier
COPY --chown=airflow:root newsflow ./newsflow
COPY --chown=airflow:root scrapy.cfg ./
COPY --chown=airflow:root seeds ./seeds
COPY --chown=airflow:root dags /opt/airflow/dags
# Keep the base image's Airflow: install only what the project adds on top of it.
RUN pip install --no-cache-dir "apache-airflow==3.3.2" -e .

ENV NEWSFLOW_SEEDS_DIR=/opt/newsflow/seeds \
    NEWSFLOW_SOURCES_FILE=/opt/newsflow/crawlers/sources.toml \
    NEWSFLOW_DATA_DIR=/opt/newsflow/.data \
    NEWSFLOW_MODEL_DIR=/opt/newsflow/.data/models
