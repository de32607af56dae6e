"""newsflow: scheduled news ingestion with topic classification.

Stages, one package each: ``crawlers`` (fetch, Scrapy), ``newsflow.clean`` (extract and clean),
``classifier`` (TF-IDF topic model), ``newsflow.store`` (PostgreSQL). ``dags/`` orchestrates them.
"""

__version__ = "0.1.0"
