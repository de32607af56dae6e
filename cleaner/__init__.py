"""The clean stage: raw HTML from ``raw_pages`` to article text and metadata (extraction, junk rules,
dates, language), exact and near-duplicate story clustering -> ``articles``, ``stories``.

It imports only the shared base (``core``), never another stage.
"""
