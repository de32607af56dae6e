"""The shared base every stage stands on: settings, the store (connections, migrations, the embedded
server), URL rules, text normalisation and the vocabulary of statuses and kinds.

It imports nothing of the project above it (``crawlers``, ``cleaner``, ``classifier``, ``newsflow``);
the import contract in ``pyproject.toml`` (``lint-imports``) enforces that.
"""
