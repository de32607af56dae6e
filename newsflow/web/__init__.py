"""The analyst workbench: search, stories, articles, one-key labelling, sources and digests as
server-rendered web pages (FastAPI + Jinja2), started by ``newsflow web``.

Reads go through the read-only ``newsflow_analyst`` role, label writes through ``newsflow_labeller``
(insert into ``label_events`` only); logins are checked against ``web_users`` (argon2 hashes) on the
owner's connection, which is also what a retrain runs with.
"""
