"""The project's own sample news site: templated article pages, feeds, sitemaps, listings and fault
endpoints, served on 127.0.0.1 for tests, benchmarks and the offline demo (``newsflow demo-site``)."""
