"""Generic spiders, one per entry-point kind (``feed``, ``sitemap``, ``listing``) and ``news`` for all
of a source's entry points. Every spider takes ``-a source=<registry name>``."""
