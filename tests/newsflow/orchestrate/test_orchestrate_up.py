"""``newsflow up`` pieces that run without Airflow: the demo registry it hands the crawl."""

from __future__ import annotations

from pathlib import Path

from crawlers.registry import load_sources
from newsflow.cli import up


def test_demo_registry_holds_only_the_demo_source_enabled_on_the_site_port(tmp_path: Path) -> None:
    shipped = next(s for s in load_sources() if s.name == "demo")
    path = up.demo_sources_file(tmp_path / "data", site_port=8799)

    (demo,) = load_sources(path)
    assert demo.name == "demo"
    assert demo.enabled, "the demo registry must enable the (normally disabled) demo source"
    assert [e.url for e in demo.entry_points] == [
        e.url.replace(f":{up.DEMO_SITE_PORT}/", ":8799/") for e in shipped.entry_points
    ]
    # Everything else is the shipped source's.
    assert demo.model_dump(exclude={"enabled", "entry_points"}) == \
        shipped.model_dump(exclude={"enabled", "entry_points"})
    assert [e.options for e in demo.entry_points] == [e.options for e in shipped.entry_points]


def test_demo_registry_on_the_default_port_keeps_the_shipped_urls(tmp_path: Path) -> None:
    shipped = next(s for s in load_sources() if s.name == "demo")
    (demo,) = load_sources(up.demo_sources_file(tmp_path))
    assert demo.entry_points == shipped.entry_points
