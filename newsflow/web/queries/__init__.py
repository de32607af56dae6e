"""The workbench's SQL, one module per page; every user value is a bound parameter."""
