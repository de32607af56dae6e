"""The workbench's SQL, one module per page (the search's in several, ``search*.py``: see ``search``); every
user value is a bound parameter."""
