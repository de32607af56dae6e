"""Security checks that run in CI.

- bandit and ruff's ``S`` rules over the product code: every finding must be waived on its own line
  with the rule named and a reason (``# nosec B608: <why>``, ``# noqa: S608 (<why>)``); a waiver with
  no rule or no reason is itself a finding. The few rules pyproject.toml ignores project-wide
  (asserts, subprocess without a shell) are honoured for both tools.
- No secret-looking string (passwords in URLs or assignments, cloud/API tokens, private keys, Airflow
  Fernet keys) in code, DAG, compose or config files. A deliberate exception carries
  ``secret-scan: allow (<why>)`` on its line.
- The database password never reaches the logs of a crawl or a processing run.
"""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from helpers import FAST_CRAWL, REPO, feed_registry

PRODUCT_DIRS = ["newsflow", "crawlers", "classifier", "dags"]
BIN = Path(sys.executable).parent

# A reason is at least a few characters of text after the rule list, or a comment line right above.
NOSEC = re.compile(r"#\s*nosec\b(?P<rules>(?:[\s,]*B\d{3})*)\s*[:\-(]?\s*(?P<why>[^#\s].{3,})?")
NOQA = re.compile(r"#\s*noqa\b(?::\s*(?P<rules>[A-Z]+\d+(?:\s*,\s*[A-Z]+\d+)*))?\s*[:\-(]?\s*"
                  r"(?P<why>[^#\s].{3,})?")
REASON_ABOVE = re.compile(r"^\s*#(?!.*\b(?:nosec|noqa)\b)\s*\S.{5,}")


def explained(match: re.Match[str] | None, above: str) -> bool:
    return bool(match and (match["why"] or REASON_ABOVE.match(above)))


def waived_nosec(line: str, rule: str, above: str = "") -> bool:
    match = NOSEC.search(line)
    return bool(match and rule in re.findall(r"B\d{3}", match["rules"])) and explained(match, above)


def waived_noqa(line: str, rule: str, above: str = "") -> bool:
    match = NOQA.search(line)
    return bool(match and match["rules"] and rule in re.split(r"\s*,\s*", match["rules"])) \
        and explained(match, above)


def malformed_waivers(text: str) -> list[tuple[int, str]]:
    """(line number, line) of waivers that name no rule or give no reason."""
    bad = []
    above = ""
    for number, line in enumerate(text.splitlines(), 1):
        nosec = NOSEC.search(line)
        if nosec and not (nosec["rules"].strip(" ,") and explained(nosec, above)):
            bad.append((number, line.strip()))
        noqa = NOQA.search(line)
        if noqa and not noqa["rules"]:
            bad.append((number, line.strip()))  # a bare noqa silences every rule, S ones included
        elif noqa and any(r.strip().startswith("S") for r in noqa["rules"].split(",")) \
                and not explained(noqa, above):
            bad.append((number, line.strip()))
        above = line
    return bad


def product_files(suffixes: tuple[str, ...] = (".py",)) -> list[Path]:
    found = []
    for folder in PRODUCT_DIRS:
        found += [p for p in (REPO / folder).rglob("*") if p.is_file() and p.suffix in suffixes
                  and "__pycache__" not in p.parts]
    return sorted(found)


def _line(path: Path, number: int) -> str:
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    return lines[number - 1] if 0 < number <= len(lines) else ""


def test_waiver_syntax_is_recognised() -> None:
    """The checks below can fail: unexplained or rule-less waivers are told apart from good ones."""
    assert waived_nosec("x = f(q)  # nosec B608: table name comes from sql.Identifier", "B608")
    assert not waived_nosec("x = f(q)  # nosec", "B608")
    assert not waived_nosec("x = f(q)  # nosec B608", "B608")
    assert not waived_nosec("x = f(q)  # nosec B311: jitter only", "B608")
    assert waived_noqa("cur.execute(q)  # noqa: S608 (identifiers quoted by psycopg2.sql)", "S608")
    assert not waived_noqa("cur.execute(q)  # noqa: S608", "S608")
    assert not waived_noqa("cur.execute(q)  # noqa", "S608")
    assert waived_nosec("from xml.sax.saxutils import escape  # nosec B406", "B406",
                        above="# Escapes text for output; nothing is parsed with it.")
    assert not waived_nosec("x = f(q)  # nosec B608", "B608", above="y = 2  # nosec B311: other line")
    sample = ("a = 1  # noqa\nb = 2  # nosec\nc = 3  # noqa: S311 (jitter, not crypto)\nd = 4  # noqa: E501\n"
              "# Deterministic sample content, not security.\ne = 5  # noqa: S311  # nosec B311\n"
              "f = 6  # noqa: S311  # nosec B311\n")
    assert [n for n, _ in malformed_waivers(sample)] == [1, 2, 7, 7]


def project_waivers() -> set[str]:
    """Rules the project waives everywhere in pyproject.toml (``[tool.ruff.lint] ignore``), with the
    bandit tests that check the same thing: asserts (S101/B101), subprocess without a shell
    (S603/B603, and B404 which only flags ``import subprocess``), partial executable paths
    (S607/B607). ``shell=True`` (S602/B602) and everything else stays checked line by line."""
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    ignored = set(config.get("tool", {}).get("ruff", {}).get("lint", {}).get("ignore", []))
    same_check = {"S101": {"B101"}, "S603": {"B603", "B404"}, "S607": {"B607"}}
    return ignored | {b for rule in ignored for b in same_check.get(rule, set())}


def test_bandit_findings_are_all_waived_with_a_reason() -> None:
    dirs = [d for d in PRODUCT_DIRS if (REPO / d).is_dir()]
    done = subprocess.run(
        [str(BIN / "bandit"), "-q", "-c", "pyproject.toml", "-r", *dirs, "-f", "json", "--ignore-nosec"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    report = json.loads(done.stdout)
    assert report["errors"] == [], report["errors"]
    waived = project_waivers()
    unexplained = []
    for finding in report["results"]:
        if finding["test_id"] in waived:
            continue
        path = REPO / finding["filename"]
        if not any(waived_nosec(_line(path, n), finding["test_id"], _line(path, n - 1))
                   for n in finding["line_range"]):
            unexplained.append(f"{finding['filename']}:{finding['line_number']} {finding['test_id']} "
                               f"{finding['issue_text']}")
    assert not unexplained, "bandit findings without `# nosec BXXX: why`:\n" + "\n".join(unexplained)


def test_ruff_security_findings_are_all_waived_with_a_reason() -> None:
    dirs = [d for d in PRODUCT_DIRS if (REPO / d).is_dir()]
    done = subprocess.run(
        [str(BIN / "ruff"), "check", "--select", "S", "--ignore-noqa", "--no-cache", "--exit-zero",
         "--output-format", "json", *dirs],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    waived = project_waivers()
    unexplained = []
    for finding in json.loads(done.stdout):
        if finding["code"] in waived:
            continue
        path = Path(finding["filename"])
        row = finding.get("noqa_row") or finding["location"]["row"]
        if not waived_noqa(_line(path, row), finding["code"], _line(path, row - 1)):
            unexplained.append(f"{path.relative_to(REPO)}:{row} {finding['code']} {finding['message']}")
    assert not unexplained, "ruff S findings without `# noqa: SXXX (why)`:\n" + "\n".join(unexplained)


def test_no_waiver_without_rule_and_reason() -> None:
    bad = [f"{path.relative_to(REPO)}:{number}: {line}" for path in product_files()
           for number, line in malformed_waivers(path.read_text(encoding="utf-8", errors="replace"))]
    assert not bad, "waivers need a rule and a reason:\n" + "\n".join(bad)


# --- secrets -------------------------------------------------------------------------------------

# Values that stand for a secret without being one: env references, format fields, "change-me".
PLACEHOLDER = re.compile(r"^(\$\{?[A-Za-z_]\w*(:\?[^}]*)?\}?|\{\w*\}|%\(?\w*\)?s|<[^>]+>|\*+|x+|\.\.\.|"
                         r"change[-_]?me|your[-_]\w+|env_ref|)$", re.IGNORECASE)
ENV_REFERENCE = re.compile(r"\$\{[^}]*\}")
ANNOTATION = re.compile(r"^\s*\w+\s*:\s*(?:str|int|bool|float|bytes|Path|SecretStr)\b[^=]*(?:=\s*None)?\s*$")
SECRET_NAMES = r"(?:password|passwd|pwd|secret|secret_key|api_?key|auth_?token|access_?token|" \
               r"access_?key|private_?key|fernet_key|client_secret)"
SECRET_PATTERNS: dict[str, re.Pattern[str]] = {
    "password in a URL": re.compile(r"\b[a-z][a-z0-9+.\-]*://[^/\s:@'\"]+:(?P<value>[^@\s/'\"]*)@"),
    "secret assigned in code": re.compile(
        rf"(?i)\b\w*{SECRET_NAMES}\w*['\"]?\s*(?::|=|=>)\s*[rbuf]?['\"](?P<value>[^'\"]*)['\"]"),
    "secret in config or compose": re.compile(
        rf"(?im)^\s*-?\s*['\"]?[\w.]*{SECRET_NAMES}\w*['\"]?\s*[:=]\s*(?P<value>[^\s#'\"]+)"),
    "default secret in a ${VAR:-default}": re.compile(
        rf"(?i)\$\{{\w*{SECRET_NAMES}\w*:?-(?P<value>[^}}]+)\}}"),
    "AWS access key": re.compile(r"\b(?P<value>AKIA[0-9A-Z]{16})\b"),
    "GitHub token": re.compile(r"\b(?P<value>gh[pousr]_[A-Za-z0-9]{36,})\b"),
    "Slack token": re.compile(r"\b(?P<value>xox[abposr]-[A-Za-z0-9-]{10,})\b"),
    "API key (sk-...)": re.compile(r"\b(?P<value>sk-[A-Za-z0-9]{20,})\b"),
    "private key": re.compile(r"(?P<value>-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY---)"),
    "Fernet key": re.compile(r"(?i)fernet\w*['\"]?\s*[:=]\s*['\"]?(?P<value>[A-Za-z0-9_\-]{43}=)"),
}
SCANNED_SUFFIXES = (".py", ".toml", ".cfg", ".ini", ".yml", ".yaml", ".env", ".json", ".sql", ".sh", ".conf")
ROOT_FILES = ("docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml", "Makefile",
              "pyproject.toml", "airflow.cfg", "Dockerfile", ".env", ".env.example")


def secret_findings(text: str) -> list[tuple[int, str, str]]:
    """(line number, kind, line) for each secret-looking string not waived on its line."""
    found = []
    for number, line in enumerate(text.splitlines(), 1):
        if "secret-scan: allow (" in line:
            continue
        for kind, pattern in SECRET_PATTERNS.items():
            # `${USER:-x}:${PASSWORD}@host` holds no secret (defaults are checked on their own).
            subject = ENV_REFERENCE.sub("env_ref", line) if kind == "password in a URL" else line
            for match in pattern.finditer(subject):
                value = match["value"].strip()
                if kind in {"password in a URL", "secret assigned in code", "secret in config or compose"}:
                    if PLACEHOLDER.match(value) or value.lower() in {"none", "null", "true", "false"}:
                        continue
                    # In Python, `password: str = Field(...)`-style lines are annotations, not values.
                    if kind == "secret in config or compose" and not re.match(r"[\w\-.+/=]{4,}$", value):
                        continue
                    # `passwords_file: Path | None = None`: a Python annotation names a type, not a value.
                    if kind == "secret in config or compose" and ANNOTATION.match(line):
                        continue
                found.append((number, kind, line.strip()[:160]))
    return found


def scanned_files() -> list[Path]:
    files = product_files(SCANNED_SUFFIXES)
    for folder in ("bench", "scripts", "deploy", "docker", ".ci"):
        if (REPO / folder).is_dir():
            files += [p for p in (REPO / folder).rglob("*") if p.is_file() and "__pycache__" not in p.parts
                      and (p.suffix in SCANNED_SUFFIXES or p.suffix == "")]
    files += [REPO / name for name in ROOT_FILES if (REPO / name).is_file()]
    return sorted(set(files))


@pytest.mark.parametrize(
    ("line", "flagged"),
    [
        ('DATABASE_URL = "postgresql://newsflow:hunter2@db:5432/newsflow"', True),
        ("      POSTGRES_PASSWORD: hunter2", True),
        ("      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-hunter2}", True),
        ('api_key = "3f9a8c7d6e5b4a39"', True),
        ("AIRFLOW__CORE__FERNET_KEY=Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg=", True),
        ("aws = 'AKIAABCDEFGHIJKLMNOP'", True),
        ("-----BEGIN RSA PRIVATE KEY-----", True),
        ('url = "postgresql://postgres@127.0.0.1:5432/postgres"', False),
        ("      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}", False),
        ("DATABASE_URL: postgresql://${POSTGRES_USER:-newsflow}:${POSTGRES_PASSWORD}@db/newsflow", False),
        ("POSTGRES_PASSWORD=change-me", False),
        ('password = os.environ["PGPASSWORD"]', False),
        ("password: str | None = None", False),
        ('url = f"postgresql://{user}:{password}@{host}/{db}"', False),
        ('token_pattern = r"(?u)\\b\\w\\w+\\b"', False),
        ('demo = "postgresql://u:p@h/d"  # secret-scan: allow (documentation example)', False),
    ],
)
def test_secret_scanner_tells_secrets_from_code(line: str, flagged: bool) -> None:
    assert bool(secret_findings(line)) is flagged


def test_no_secret_in_code_dags_or_config() -> None:
    files = scanned_files()
    assert any(p.suffix == ".py" for p in files)
    found = [f"{path.relative_to(REPO)}:{number} [{kind}] {line}"
             for path in files
             for number, kind, line in secret_findings(path.read_text(encoding="utf-8", errors="replace"))]
    assert not found, "secret-looking strings (move them to the environment or an Airflow connection):\n" \
        + "\n".join(found)


# --- no secret in logs -----------------------------------------------------------------------------

SENTINEL = "nf-sentinel-pw-7f3a"


def _with_password(url: str) -> str:
    """The same database URL carrying a password (trust authentication ignores it)."""
    parts = urlsplit(url)
    if parts.password or not parts.username:
        pytest.skip("the test database URL already has a password, or no user name to add one to")
    netloc = f"{parts.username}:{SENTINEL}@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def test_database_password_never_reaches_the_logs(db: str, news_site, tmp_path: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    """A crawl (the Scrapy process's own output included) and a processing run at DEBUG level, with
    a password in DATABASE_URL: the password appears nowhere in what they print or log."""
    from cleaner.process import process_pending
    from crawlers.runner import scrapy_command

    url = _with_password(db)
    registry = feed_registry(tmp_path / "sources.toml", news_site.base_url, "logs", spider="feed")
    command = scrapy_command("feed", "logs", limit=5, settings={**FAST_CRAWL, "LOG_LEVEL": "DEBUG"})
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "DATABASE_URL": url, "NEWSFLOW_SOURCES_FILE": str(registry)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Spider closed" in done.stderr  # it did log, at DEBUG
    assert SENTINEL not in done.stdout + done.stderr
    caplog.set_level(logging.DEBUG)
    result = process_pending(url)
    assert result.pages == 5
    assert SENTINEL not in caplog.text
