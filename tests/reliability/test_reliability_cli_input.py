"""Bad input to every CLI command ends as ONE line on stderr naming the file (and line and field
where there is one), exit 2 for bad input or usage and 1 for a runtime failure, no traceback unless
``-v``, and nothing written (issue 15: each case here was a traceback before)."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import REPO

from newsflow.cli import main

DEEP = "[" * 100_000 + "]" * 100_000


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bad inputs, and a real model (trained on the shipped seeds) to run them through."""
    root = tmp_path_factory.mktemp("bad_input")
    (root / "bad_utf8.jsonl").write_bytes(b'{"id": 1, "text": "ok", "html": "<p>ok</p>"}\n'
                                          b'{"id": 2, "text": "caf\xe9 \xff", "html": "<p>x</p>"}\n')
    (root / "html_null.jsonl").write_text('{"id": 1, "html": "<p>fine</p>"}\n{"id": 2, "html": null}\n')
    (root / "url_int.jsonl").write_text('{"id": 1, "html": "<p>x</p>", "url": 5}\n')
    (root / "deep.jsonl").write_text(DEEP + "\n")
    (root / "deep_field.jsonl").write_text('{"id": 1, "text": ' + DEEP + "}\n")
    (root / "big_int.jsonl").write_text('{"id": ' + "9" * 5000 + ', "text": "x", "html": "<p>x</p>"}\n')
    (root / "not_object.jsonl").write_text('["a list", "not an object"]\n')
    (root / "label_list.jsonl").write_text('{"text": "some text", "label": ["a", "b"]}\n')
    (root / "empty.jsonl").write_text("")
    (root / "good_items.jsonl").write_text('{"id": 1, "text": "a text"}\n')
    (root / "empty.model").write_bytes(b"")
    (root / "random.model").write_bytes(bytes(range(256)) * 16)
    (root / "pickle.model").write_bytes(b"\x80\x04\x95" + b"\x00" * 64)  # a pickle's opening bytes
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("meta.npy", b"\x93NUMPY" + b"x" * 4000)
        handle.writestr("coef.npy", b"y" * 4000)
    (root / "truncated.model").write_bytes(archive.getvalue()[: len(archive.getvalue()) // 2])
    (root / "registry_latin1.toml").write_bytes(b'[[source]]\nname = "caf\xe9"\n')
    (root / "registry_deep.toml").write_text("x = " + DEEP + "\n")
    (root / "a_folder").mkdir()
    assert main(["train", "--seeds", str(REPO / "seeds"),
                 "--out", str(root / "good.model")]) == 0
    return root


@pytest.fixture(autouse=True)
def _fresh_settings() -> Iterator[None]:
    """Settings are cached: these tests change DATABASE_URL and the registry file, the next must not
    see their values."""
    from core.settings import reset_settings

    reset_settings()
    yield
    reset_settings()


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


GOOD = ["--model", "{f}/good.model", "--input"]
ITEMS = ["--input", "{f}/good_items.jsonl", "--model"]
TRAIN = ["train", "--seeds", "seeds", "--out", "{f}/never.model"]
# (argv with {f} for the files folder, exit status, what the one line must hold)
CASES = [
    (["clean", "--input", "{f}/bad_utf8.jsonl"], 2, "bad_utf8.jsonl:2: not UTF-8 text"),
    (["clean", "--input", "{f}/html_null.jsonl"], 2, "html_null.jsonl:2: field 'html' must be a string, got"),
    (["clean", "--input", "{f}/url_int.jsonl"], 2, "url_int.jsonl:1: field 'url' must be a string or null"),
    (["clean", "--input", "{f}/deep.jsonl"], 2, "deep.jsonl:1: JSON nested too deeply"),
    (["clean", "--input", "{f}/big_int.jsonl"], 2, "big_int.jsonl:1: a number too long to read"),
    (["clean", "--input", "{f}/not_object.jsonl"], 2, "not_object.jsonl:1: expected a JSON object, got a"),
    (["clean", "--input", "{f}/a_folder"], 2, "a_folder: is a directory"),
    (["score", *GOOD, "{f}/bad_utf8.jsonl"], 2, "bad_utf8.jsonl:2: not UTF-8"),
    (["score", *GOOD, "{f}/deep_field.jsonl"], 2, "deep_field.jsonl:1: JSON nested"),
    (["score", *GOOD, "{f}/big_int.jsonl"], 2, "big_int.jsonl:1: a number too long"),
    (["evaluate", *GOOD, "{f}/label_list.jsonl"], 2, "label_list.jsonl:1: field 'label' must be a"),
    (["evaluate", *GOOD, "{f}/empty.jsonl"], 2, "empty.jsonl: no labelled items"),
    ([*TRAIN, "--labels", "{f}/label_list.jsonl"], 2, "label_list.jsonl:1: field 'label' must be a string"),
    ([*TRAIN, "--unlabeled", "{f}/html_null.jsonl"], 2, "html_null.jsonl:1: field 'text' is missing"),
    ([*TRAIN[:-1], "{f}/a_folder"], 2, "a_folder: Is a directory"),
    (["score", *ITEMS, "{f}/empty.model"], 2, "empty.model: not a newsflow model"),
    (["score", *ITEMS, "{f}/random.model"], 2, "random.model: not a newsflow model"),
    (["score", *ITEMS, "{f}/pickle.model"], 2, "pickle.model: not a newsflow model"),
    (["score", *ITEMS, "{f}/truncated.model"], 2, "truncated.model: not a newsflow model: damaged"),
    (["evaluate", *ITEMS, "{f}/a_folder"], 2, "a_folder"),
]


@pytest.mark.parametrize(("argv", "status", "expected"), CASES,
                         ids=[" ".join(case[0][:1] + case[0][-1:]) for case in CASES])
def test_bad_input_is_one_line_and_writes_nothing(files: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   argv: list[str], status: int, expected: str) -> None:
    monkeypatch.chdir(REPO)
    monkeypatch.delenv("DATABASE_URL", raising=False)  # file commands must not need one
    monkeypatch.delenv("NEWSFLOW_DATABASE_URL", raising=False)
    from core.settings import reset_settings

    reset_settings()
    before = sorted(files.iterdir())
    code, out, err = _run([part.format(f=files) for part in argv], capsys)
    assert code == status, err
    (line,) = err.strip().splitlines()
    assert expected in line and "Traceback" not in line and "allow_pickle" not in line, line
    assert out == "" and sorted(files.iterdir()) == before


@pytest.mark.parametrize(("setup", "expected"), [
    (lambda f: f / "registry_latin1.toml", "registry_latin1.toml:2: not UTF-8 text"),
    (lambda f: f / "registry_deep.toml", "registry_deep.toml: not a registry: arrays or tables nested"),
    (lambda f: f / "a_folder", "a_folder is a directory"),
    (lambda f: Path("/dev/zero"), "/dev/zero is larger than 16 MiB"),  # was read until memory ran out
], ids=["not-utf8", "deep", "directory", "endless"])
def test_a_broken_registry_is_one_line(files: Path, capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch, setup, expected: str) -> None:
    monkeypatch.setenv("NEWSFLOW_SOURCES_FILE", str(setup(files)))
    from core.settings import reset_settings

    reset_settings()
    try:
        for argv in (["sources", "--check"], ["crawl", "--source", "demo"], ["run-once", "--source", "demo"]):
            code, _out, err = _run(argv, capsys)
            (line,) = err.strip().splitlines()
            assert code == 2 and expected in line, (argv, line)
    finally:
        monkeypatch.undo()
        reset_settings()


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
@pytest.mark.parametrize("command", [["digest", "--date"], ["export", "--since"]])
def test_dates_at_the_ends_of_the_calendar(capsys: pytest.CaptureFixture[str], command: list[str],
                                           day: str) -> None:
    with pytest.raises(SystemExit) as stopped:  # argparse's own usage error: exit 2
        main([*command, day])
    assert stopped.value.code == 2
    assert f"{day} is outside 1900-01-01..2999-12-31" in capsys.readouterr().err


def test_out_naming_a_folder_or_an_unwritable_path(db: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", db)
    from core.settings import reset_settings

    reset_settings()
    folder = tmp_path / "a_folder"
    folder.mkdir()
    unwritable = tmp_path / "locked"
    unwritable.mkdir(mode=0o500)
    for argv, expected in [
        (["digest", "--date", "2026-01-02", "--out", str(folder)], f"{folder}: is a directory"),
        (["export", "--since", "2026-01-02", "--out", str(folder)], f"{folder}: is a directory"),
        (["export", "--since", "2026-01-02", "--out", "/proc/newsflow/x.csv"], "/proc/newsflow"),
    ] + ([] if os.geteuid() == 0 else [  # root writes anywhere
        (["export", "--since", "2026-01-02", "--out", str(unwritable / "x.csv")], "Permission denied"),
    ]):
        code, _out, err = _run(argv, capsys)
        (line,) = err.strip().splitlines()
        assert code == 2 and expected in line, (argv, line)
    assert list(folder.iterdir()) == [] and list(unwritable.iterdir()) == []
    reset_settings()


@pytest.mark.parametrize("argv", [
    ["process"], ["reprocess"], ["rescore"], ["retrain"], ["db", "upgrade"], ["sources", "--sync"],
    ["label", "1", "none"], ["run-once", "--source", "demo"], ["export", "--since", "2026-01-01"], ["digest"],
    ["web", "user", "add", "x"]])
def test_any_command_when_postgresql_does_not_answer(argv: list[str], tmp_path: Path) -> None:
    """A real process each: the one line, exit 1, no traceback; with -v the traceback too."""
    env = {**os.environ, "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{_closed_port()}/none",
           "NEWSFLOW_DIGEST_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "newsflow", *argv], capture_output=True, text=True, env=env,
                          stdin=subprocess.DEVNULL, timeout=120, cwd=REPO)
    assert done.returncode == 1, done
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"newsflow {argv[0]}: error: PostgreSQL did not answer: "), line
    assert list(tmp_path.iterdir()) == []


def test_verbose_shows_the_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "pages.jsonl"
    bad.write_text('{"html": null}\n')
    done = subprocess.run([sys.executable, "-m", "newsflow", "-v", "clean", "--input", str(bad)],
                          capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode == 2 and "Traceback" in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("newsflow clean: error: ")


@pytest.mark.parametrize("argv", [
    ["crawl", "--source", "demo", "--timeout", "nan"],  # reached PostgreSQL's JSON as NaN: a traceback
    ["run-once", "--source", "demo", "--timeout", "inf"],
    ["crawl", "--source", "demo", "--timeout", "-1"],  # ran with a negative deadline
    ["sources", "probe", "demo", "--timeout", "0"],
    ["web", "--port", "70000"],  # hung
    ["demo-site", "--port", "-1"],
    ["up", "--port", "99999"],
    ["demo", "--port", "65536"],
])
def test_timeouts_and_ports_out_of_range_are_usage_errors(capsys: pytest.CaptureFixture[str],
                                                          argv: list[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    assert "error: argument --" in capsys.readouterr().err


@pytest.mark.parametrize(("change", "expected"), [
    ({"dbname": "nf_test_never_created"},
     "PostgreSQL answered but has no database 'nf_test_never_created': create it (`createdb "
     "nf_test_never_created`) or check DATABASE_URL"),
    ({"user": "nf_test_no_such_role"}, "PostgreSQL refused the login ("),
])
def test_a_server_that_answers_is_not_called_silent(change: dict[str, str], expected: str,
                                                    database_url: str) -> None:
    """A wrong database name or login in DATABASE_URL: the server answered, and the line says what to
    fix (it said "did not answer" for both). A real process against the test run's own server."""
    from psycopg2.extensions import make_dsn, parse_dsn

    url = make_dsn(**{**parse_dsn(database_url), **change})
    done = subprocess.run([sys.executable, "-m", "newsflow", "retrain"], capture_output=True, text=True,
                          env={**os.environ, "DATABASE_URL": url}, stdin=subprocess.DEVNULL, timeout=120,
                          cwd=REPO)
    assert done.returncode == 1, done
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith(f"newsflow retrain: error: {expected}"), line
