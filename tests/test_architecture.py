"""The layering of docs/architecture.md holds, and the contract that checks it can fail; the vocabulary
of ``core.vocabulary`` is the one the database's CHECK constraints accept."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import REPO, rows

from core.vocabulary import ArticleStatus, CrawlStatus, FailureKind, NoteKind, PageOutcome

PACKAGES = ("core", "crawlers", "cleaner", "classifier", "newsflow")
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on the packages under ``root`` with the project's contract."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"), "--no-cache"],
        cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False,
    )


def test_the_import_contract_is_kept() -> None:
    result = _lint_imports(REPO)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("core/wrong.py", "import newsflow.cli\n", "newsflow (app) above"),  # the base imports the app
        ("classifier/wrong.py", "from cleaner import extract\n", "newsflow (app) above"),  # stage -> stage
        ("cleaner/wrong.py", "import crawlers.registry\n", "newsflow (app) above"),  # stage -> stage
        ("crawlers/wrong.py", "import airflow.sdk\n", "Only the application and dags/ know Airflow"),
        ("cleaner/title/wrong.py", "import cleaner.body.containers\n", "The clean stage's fields"),
        ("cleaner/date/wrong.py", "import cleaner.title.titles\n", "The clean stage's fields"),
    ],
)
def test_a_wrong_import_breaks_the_contract(tmp_path: Path, module: str, line: str, contract: str) -> None:
    """A copy of the tree with one import against the layering: ``lint-imports`` fails and names it."""
    for package in PACKAGES:
        shutil.copytree(REPO / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / module).write_text(line)
    result = _lint_imports(tmp_path)
    assert result.returncode != 0
    broken = result.stdout[result.stdout.index(contract):]
    assert "BROKEN" in broken.splitlines()[0] + broken.splitlines()[1]
    assert module.removesuffix(".py").replace("/", ".") in result.stdout


def _check_values(database_url: str, table: str, column: str) -> set[str]:
    """The values a CHECK constraint on ``table.column`` allows (``column IN ('a', 'b')``)."""
    definitions = rows(
        database_url,
        "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
        "WHERE t.relname = %s AND c.contype = 'c' AND pg_get_constraintdef(c.oid) LIKE %s",
        (table, f"%{column}%"),
    )
    assert len(definitions) == 1, definitions
    return set(re.findall(r"'([a-z_]+)'::text", definitions[0][0]))


def test_vocabulary_is_what_the_tables_accept(database_url: str) -> None:
    assert _check_values(database_url, "crawl_runs", "status") == set(CrawlStatus)
    assert _check_values(database_url, "raw_pages", "process_status") == set(PageOutcome)
    assert _check_values(database_url, "articles", "status") == set(ArticleStatus)
    # A note is never a failure: the run's status counts one and not the other.
    assert not set(FailureKind) & set(NoteKind)


# The tests mirror the packages (docs/architecture.md, "Tests"): only what is project-wide stays on top.
PROJECT_WIDE_TESTS = {"test_architecture.py", "test_compose.py"}
TEST_FOLDERS = {"crawlers", "cleaner", "classifier", "core", "newsflow", "dags", "reliability", "bench"}


def test_test_files_sit_in_the_folder_of_their_package() -> None:
    tests = REPO / "tests"
    on_top = {path.name for path in tests.glob("test_*.py")}
    assert on_top <= PROJECT_WIDE_TESTS, f"move into a package folder: {sorted(on_top - PROJECT_WIDE_TESTS)}"
    nested = sorted(tests.glob("*/**/test_*.py"))
    assert {path.relative_to(tests).parts[0] for path in nested} <= TEST_FOLDERS
    names = [path.name for path in nested]
    # pytest imports test files by name (no __init__.py): two of one name would clash.
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


def test_test_files_import_no_test_file_of_another_folder() -> None:
    tests = REPO / "tests"
    where = {path.stem: path.parent for path in tests.rglob("test_*.py")}
    for path in tests.rglob("test_*.py"):
        for imported in re.findall(r"^\s*from (test_\w+) import", path.read_text(), re.M):
            assert where.get(imported) == path.parent, f"{path.relative_to(tests)} imports {imported}"


def test_a_bare_pytest_imports_the_packages_not_their_test_folders() -> None:
    """`pytest` run as a command (not `python -m pytest`) has no project root on the path of its own:
    tests/newsflow/, a folder without __init__.py that pytest puts first, was imported as `newsflow`
    (pyproject's pythonpath puts the root first)."""
    pytest_command = Path(sys.executable).parent / "pytest"
    if not pytest_command.exists():
        pytest.skip(f"no pytest command beside {sys.executable}")
    done = subprocess.run([str(pytest_command), "-q", "-p", "no:cacheprovider",
                           "tests/newsflow/orchestrate/test_orchestrate_supervisor.py::"
                           "test_airflow_env_points_at_the_project_and_keeps_user_settings"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-2000:]
