"""``newsflow sources [--check] [--sync]``, ``newsflow sources probe NAME|URL`` and
``newsflow sources add URL``: the registry listed and checked, what discovery finds for a source, and a
new entry written from a homepage. Probes fetch through Scrapy, as a crawl does (``crawlers.probe``)."""

from __future__ import annotations

import argparse
import re
from datetime import UTC, datetime
from urllib.parse import urlsplit

from newsflow.cli import UsageError, arguments


def register(sub: argparse._SubParsersAction) -> None:
    sources = sub.add_parser("sources", help="list, check, probe and add registry sources")
    sources.add_argument("--check", action="store_true", help="validate the registry and its spider names")
    sources.add_argument("--sync", action="store_true", help="upsert the registry into the sources table")
    sources.set_defaults(func=_sources)
    actions = sources.add_subparsers(dest="action", metavar="ACTION",
                                     help="probe or add (none: list the registry)")

    probe = actions.add_parser("probe", help="show what discovery finds and what a crawl would use")
    probe.add_argument("target", metavar="NAME|URL", help="a registry source, or a homepage URL")
    _fetch_options(probe)
    probe.set_defaults(func=_probe)

    add = actions.add_parser("add", help="write a checked registry entry from a homepage URL")
    add.add_argument("url", metavar="URL", help="the outlet's homepage (http or https)")
    add.add_argument("--name", help="the source's name (default: from the host and path)")
    add.add_argument("--language", help="two-letter language code (default: the homepage's lang attribute)")
    _fetch_options(add)
    add.set_defaults(func=_add)


def _fetch_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--allow-private", action="store_true",
                        help="allow loopback/private addresses (the sample site from `newsflow demo-site`)")
    parser.add_argument("--timeout", type=arguments.seconds, default=120,
                        help="seconds allowed for the probe (default 120)")


def load_registry() -> list:
    from crawlers.registry import RegistryError, load_sources

    try:
        return load_sources()
    except RegistryError as exc:
        raise UsageError(str(exc)) from exc


def check_spiders(sources: list) -> None:
    """Every source names a spider that exists (what ``sources --check`` adds to the registry's own
    validation)."""
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    spiders = set(SpiderLoader.from_settings(Settings({"SPIDER_MODULES": ["crawlers.spiders"]})).list())
    bad = [f"{s.name}: spider {s.spider!r} does not exist (have {sorted(spiders)})"
           for s in sources if s.spider not in spiders]
    if bad:
        raise UsageError("; ".join(bad))


def _sources(args: argparse.Namespace) -> int:
    sources = load_registry()
    if args.check:
        check_spiders(sources)
    row = "{:16} {:7} {:4} {:8} {:24} {}"
    print(row.format("NAME", "ENABLED", "LANG", "SCHEDULE", "ENTRY POINTS", "DOMAINS"))
    for source in sources:
        kinds = ",".join(entry.kind for entry in source.entry_points)
        print(row.format(source.name, "on" if source.enabled else "off", source.language, source.schedule,
                         kinds, ", ".join(source.domains)))
    if args.check:
        print(f"registry OK: {len(sources)} sources")
    if args.sync:
        from core.store.migrate import upgrade
        from crawlers.registry import sync_sources
        from newsflow.database import resolve_database_url

        url = resolve_database_url()
        upgrade(url)
        ids = sync_sources(url, sources)
        print(f"synced {len(ids)} sources into the sources table")
    return 0


def _homepage_url(text: str) -> str:
    from crawlers.registry import EntryOptions, EntryPoint

    try:  # the registry's own URL rules (absolute http(s), no credentials)
        EntryPoint(kind="listing", url=text, options=EntryOptions(link_pattern="."))
    except ValueError as exc:
        raise UsageError(f"not a homepage URL: {text!r} (absolute http(s), no credentials)") from exc
    return text


def _probe(args: argparse.Namespace) -> int:
    from crawlers.probe import run_probe, spider_kinds, target_of, target_of_url

    if "://" in args.target:
        source, target = None, target_of_url(_homepage_url(args.target))
    else:
        known = {s.name: s for s in load_registry()}
        if args.target not in known:
            raise UsageError(f"unknown source {args.target!r} (a name from `newsflow sources`, or a URL)")
        source = known[args.target]
        target = target_of(source)
    report = run_probe(target, allow_private=args.allow_private, timeout=args.timeout)
    print(_probe_text(report, source.name if source else args.target,
                      spider_kinds(source.spider if source else "news")))
    return 0


def _probe_text(report, label: str, kinds: tuple[str, ...]) -> str:  # type: ignore[no-untyped-def]
    from crawlers.probe import describe

    lines = []
    home = report.homepage
    if home is None:
        lines.append(f"{label}: no homepage in the registry: a crawl cannot fall back to discovery")
    else:
        answer = describe(home) if home.error else f"HTTP {home.status}"
        lang = f", lang {report.lang}" if report.lang else ""
        lines.append(f"{label}: homepage {home.url} ({answer}{lang})")
    if report.entries:
        lines.append("entry points (registry):")
    for doc in report.entries:
        then = ("a crawl falls back to discovery" if doc.falls_back and home
                else "a crawl fails on it (no homepage to fall back to)" if doc.falls_back
                else "a crawl reports it failed" if doc.error or doc.problem else "a crawl uses it")
        lines.append(f"  {doc.kind:8} {doc.url}: {describe(doc)} -> {then}")
    if report.candidates:
        lines.append("discovery (homepage feed links, robots.txt Sitemap: lines, common paths):")
    for doc in report.candidates:
        lines.append(f"  {doc.kind or '?':8} {doc.via:14} {doc.url}: {describe(doc)}")
    if home and not report.candidates:
        lines.append("discovery: nothing to try (the homepage and robots.txt did not answer)")
    chosen = report.would_use(kinds)
    if chosen:
        lines.append(f"a crawl would use: {chosen.url} ({chosen.found} via {chosen.via})")
    elif any(doc.falls_back for doc in report.entries) and home:
        lines.append("a crawl would find nothing usable to fall back to")
    if not report.entries:
        firsts = (_first(report, "feed"), _first(report, "sitemap"))
        usable = ", ".join(f"{d.found} {d.url}" for d in firsts if d)
        lines.append(f"`sources add` would use: {usable or 'nothing (no usable feed or sitemap found)'}")
    if report.finished != "finished":
        lines.append(f"note: the probe stopped early ({report.finished})")
    return "\n".join(lines)


def _first(report, kind: str):  # type: ignore[no-untyped-def]
    found = report.usable(kind)
    return found[0] if found else None


def guess_name(url: str) -> str:
    """``https://www.example.org/en/`` -> ``example-en``; a literal address keeps its digits."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    words = [host if re.fullmatch(r"[\d.]+", host) else host.split(".")[0]]
    words += [segment for segment in parts.path.split("/") if segment]
    name = re.sub(r"[^a-z0-9]+", "-", "-".join(words).lower()).strip("-")
    return name[:63]


def _add(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from crawlers.probe import run_probe, target_of_url
    from crawlers.registry import EntryPoint, RegistryError, Source, sources_path
    from crawlers.registry_writer import append_source

    url = _homepage_url(args.url)
    name = args.name or guess_name(url)
    known = {s.name for s in load_registry()} if sources_path().exists() else set()
    if name in known:
        raise UsageError(f"a source named {name!r} exists already; choose another with --name")
    target = target_of_url(url)
    report = run_probe(target, allow_private=args.allow_private, timeout=args.timeout)
    found = [doc for doc in (_first(report, "feed"), _first(report, "sitemap")) if doc]
    home = report.homepage
    if not found and home is not None and home.error and not report.candidates:
        from crawlers.probe import describe

        raise UsageError(f"{url} did not answer ({describe(home)}): check the address, and that the site "
                         "is reachable from here")
    if not found:
        flag = " --allow-private" if args.allow_private else ""
        raise UsageError(f"discovery found no usable feed or sitemap from {url}: `newsflow sources probe "
                         f"{url}{flag}` shows what it tried; add a listing entry by hand "
                         "(README 'Adding a source')")
    language = args.language or report.lang
    if not language:
        raise UsageError(f"{url} declares no language (<html lang>): give --language (two letters)")
    used = "; ".join(f"{doc.found} {doc.url} via {doc.via}" for doc in found)
    try:
        source = Source(
            name=name, title=report.title or "", domains=target["domains"], language=language.lower(),
            homepage=url, entry_points=[EntryPoint(kind=doc.found, url=doc.url) for doc in found],
            notes=f"Added by `newsflow sources add` on {datetime.now(UTC):%Y-%m-%d} from {url}: {used}.",
        )
        check_spiders([source])
        file = append_source(sources_path(), source)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'entry'}: {e['msg']}" for e in exc.errors())
        raise UsageError(f"the entry for {url} is not valid: {problems}") from exc
    except RegistryError as exc:
        raise UsageError(str(exc)) from exc
    print(f"added {name} to {file}: {used}")
    print(next_steps(name, allow_private=args.allow_private))
    return 0


def next_steps(name: str, *, allow_private: bool) -> str:
    """The commands to run after ``sources add``, with ``--allow-private`` when the add needed it (the
    sample site: without it the suggested crawl is refused as a private address)."""
    flag = " --allow-private" if allow_private else ""
    return (f"next: newsflow sources probe {name}{flag}; newsflow sources --check; "
            f"newsflow crawl --source {name} --limit 5{flag}")
