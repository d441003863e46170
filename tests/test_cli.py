"""The ``linkedin-export`` command line, run in-process and as a real subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

import linkedin_export as lx
from linkedin_export.cli import (
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_UNREADABLE,
    EXIT_USAGE,
    EXIT_WARNINGS,
    main,
)

CONNECTIONS = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Mara,Quill,https://www.linkedin.com/in/mara-quill,mara@fernwood-labs.io,Fernwood Labs,"
    "Engineer,14 Mar 2024\n"
)


def test_summary_of_the_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary", "--sample"]) == EXIT_OK
    out = capsys.readouterr().out
    export = lx.load(lx.sample_export_path())
    assert f"Connections: {len(export.connections)}" in out
    assert "connections/2023" in out
    assert "Connections.csv" in out
    assert "messages.csv" in out
    assert "hidden-member" in out


def test_report_json_lists_every_warning(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--sample", "--format", "json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    export = lx.load(lx.sample_export_path())
    assert data["warnings"] == len(export.warnings) == len(data["warning_list"])
    assert data["connections"]["total"] == len(export.connections)
    assert {w["code"] for w in data["warning_list"]} == {str(w.code) for w in export.warnings}


def test_report_strict_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--sample", "--strict"]) == EXIT_WARNINGS
    clean = tmp_path / "Connections.csv"
    clean.write_text(CONNECTIONS, encoding="utf-8")
    assert main(["report", str(clean), "--strict", "info"]) == EXIT_OK
    assert "Connections: 1" in capsys.readouterr().out


def test_unreadable_input_is_one_line_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["summary", str(tmp_path / "missing.zip")]) == EXIT_UNREADABLE
    err = capsys.readouterr().err
    assert err.startswith("linkedin-export: error: ")
    assert "does not exist" in err
    assert "Traceback" not in err
    assert err.count("\n") == 1


def test_debug_shows_the_exception(tmp_path: Path) -> None:
    with pytest.raises(lx.LinkedInExportError):
        main(["summary", "--debug", str(tmp_path / "missing.zip")])


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == EXIT_USAGE
    with pytest.raises(SystemExit) as exit_info:
        main(["summary"])  # neither SOURCE nor --sample
    assert exit_info.value.code == EXIT_USAGE
    assert "give either SOURCE or --sample" in capsys.readouterr().err


def test_formats_lists_every_spec(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == EXIT_OK
    out = capsys.readouterr().out
    for info in lx.supported_formats():
        assert info.id in out


def test_python_dash_m_runs_the_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "linkedin_export", "summary", "--sample"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Connections:" in result.stdout


def test_a_closed_pipe_is_not_an_error() -> None:
    """``linkedin-export summary x.zip | head -1`` exits quietly."""
    process = subprocess.Popen(
        [sys.executable, "-m", "linkedin_export", "summary", "--sample"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert process.stdout.readline().startswith(b"LinkedIn export:")
    process.stdout.close()
    stderr = process.stderr.read()
    process.stderr.close()
    assert process.wait(timeout=120) == 0
    assert b"Broken pipe" not in stderr
    assert b"Traceback" not in stderr


# --- convert, emails, progress: the real entry point in a subprocess ---------------------------

SRC = Path(__file__).resolve().parent.parent / "src"

INJECTION = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses are '
    'missing."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    '=HYPERLINK("https://evil.example"),Quill,https://www.linkedin.com/in/mara-quill,'
    "mara@fernwood-labs.io,+1+cmd|' /C calc'!A0,-2+3,14 Mar 2024\n"
    "Tomas,@SUM(A1:A9),https://www.linkedin.com/in/tomas-iyer,,Quill & Fern,Engineer,"
    "15 Mar 2024\n"
)


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``linkedin-export ARGS`` in a fresh interpreter, importing this checkout's code."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH")])),
    }
    return subprocess.run(
        [sys.executable, "-m", "linkedin_export.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        cwd=cwd,
        env=env,
    )


def test_convert_sample_to_jsonl_reads_back_as_the_models(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _cli("convert", "--sample", "--to", "jsonl", "--out", str(out))
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr == ""
    export = lx.load(lx.sample_export_path())
    written = sorted(path.name for path in out.iterdir())
    expected = sorted(
        f"{kind}.jsonl" for kind in {f.kind for f in export.files if f.format_id} if kind
    )
    assert written == expected
    assert f"{out / 'connections.jsonl'}  {len(export.connections)} records" in result.stdout
    for path in out.iterdir():
        kind = path.stem
        lines = path.read_text("utf-8").splitlines()
        models = [json.loads(json.dumps(lx.to_dict(r))) for r in export.collection(kind)]
        assert [json.loads(line) for line in lines] == models, kind
    first = json.loads((out / "connections.jsonl").read_text("utf-8").splitlines()[0])
    assert first["connected_on"] == export.connections[0].connected_on.isoformat()  # type: ignore[union-attr]


def test_convert_to_csv_neutralises_formulas(tmp_path: Path) -> None:
    source = tmp_path / "Connections.csv"
    source.write_text(INJECTION, encoding="utf-8")
    result = _cli("convert", str(source), "--to", "csv", "--out", str(tmp_path / "safe"))
    assert result.returncode == EXIT_OK, result.stderr
    assert "connections.csv  2 records" in result.stdout
    raw = (tmp_path / "safe" / "connections.csv").read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert [row["first_name"] for row in rows] == ['\'=HYPERLINK("https://evil.example")', "Tomas"]
    assert [row["last_name"] for row in rows] == ["Quill", "'@SUM(A1:A9)"]
    assert rows[0]["company"] == "'+1+cmd|' /C calc'!A0"
    assert rows[0]["position"] == "'-2+3"
    assert rows[0]["email"] == "mara@fernwood-labs.io"
    assert rows[0]["email_kind"] == "work"
    for row in rows:
        for cell in row.values():
            assert not cell.startswith(("=", "+", "-", "@")), cell

    unsafe = _cli(
        "convert", str(source), "--to", "csv", "--out", str(tmp_path / "raw"), "--unsafe-csv"
    )
    assert unsafe.returncode == EXIT_OK, unsafe.stderr
    raw = (tmp_path / "raw" / "connections.csv").read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert rows[0]["position"] == "-2+3"
    assert rows[1]["last_name"] == "@SUM(A1:A9)"


def test_convert_to_vcard_and_json(tmp_path: Path) -> None:
    result = _cli("convert", "--sample", "--to", "vcf", "--out", str(tmp_path))
    assert result.returncode == EXIT_OK, result.stderr
    export = lx.load(lx.sample_export_path())
    visible = [c for c in export.connections if not c.is_hidden]
    assert result.stdout == f"{tmp_path / 'contacts.vcf'}  {len(visible)} contacts\n"
    back = lx.parse_file((tmp_path / "contacts.vcf").read_bytes(), name="contacts.vcf")
    assert [r.full_name for r in back.records] == [c.full_name for c in visible]  # type: ignore[attr-defined]

    result = _cli("convert", "--sample", "--to", "json", "--out", str(tmp_path), "--kind", "skills")
    assert result.returncode == EXIT_OK, result.stderr
    data = json.loads((tmp_path / "skills.json").read_text("utf-8"))
    assert [item["name"] for item in data] == [s.name for s in export.skills]
    assert result.stdout.strip().endswith(f"skills.json  {len(export.skills)} records")


def test_convert_usage_and_output_errors(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    result = _cli("convert", "--sample", "--to", "jsonl", "--out", str(blocked))
    assert result.returncode == EXIT_OUTPUT
    assert result.stderr.startswith("linkedin-export: error: cannot write the output: ")
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr

    for args in (
        ("--to", "jsonl", "--unsafe-csv"),
        ("--to", "vcf", "--kind", "messages"),
        ("--to", "xml"),
        ("--to", "csv", "--kind", "connection"),
        (),  # no --to
    ):
        result = _cli("convert", "--sample", "--out", str(tmp_path / "x"), *args)
        assert result.returncode == EXIT_USAGE, args
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "x").exists()


def test_emails_of_the_sample_filtered_by_kind() -> None:
    export = lx.load(lx.sample_export_path())
    work = [(c, e) for c in export.connections for e in c.emails if e.kind is lx.EmailKind.WORK]
    result = _cli("emails", "--sample", "--kind", "work")
    assert result.returncode == EXIT_OK, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["NAME", "ADDRESS", "KIND", "CONFIDENCE", "SOURCE", "REASONS"]
    rows = lines[1 : 1 + len(work)]
    for line, (connection, email) in zip(rows, work, strict=True):
        assert line.startswith(connection.plain_name or "-")
        assert f" {email.address} " in line
        assert f" work  {email.confidence.value} " in line
        assert line.endswith(", ".join(email.reasons))
    assert lines[-1] == f"{len(work)} addresses ({len(work)} work)"
    assert lines[-2] == ""

    result = _cli(
        "emails", "--sample", "--format", "json", "--kind", "personal", "--kind", "invalid"
    )
    assert result.returncode == EXIT_OK, result.stderr
    data = json.loads(result.stdout)
    expected = [
        e for c in export.connections for e in c.emails if e.kind in ("personal", "invalid")
    ]
    assert [item["address"] for item in data] == [e.address for e in expected]
    assert {item["kind"] for item in data} == {"personal", "invalid"}
    assert all(
        item["source"] == "connections" and item["file"] == "Connections.csv" for item in data
    )
    assert data[0]["reasons"] == list(expected[0].reasons)

    assert _cli("emails", "--sample", "--kind", "business").returncode == EXIT_USAGE


def test_no_progress_line_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    result = _cli("summary", "--sample")
    assert result.returncode == EXIT_OK
    assert result.stderr == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_line_on_a_terminal_for_large_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from linkedin_export import cli

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["summary", "--sample"]) == EXIT_OK
    assert terminal.getvalue() == ""  # the sample is small: quiet even on a terminal

    monkeypatch.setattr(cli, "PROGRESS_MIN_BYTES", 1000)  # the sample is "large" now
    assert main(["convert", "--sample", "--to", "csv", "--out", str(tmp_path)]) == EXIT_OK
    shown = terminal.getvalue()
    assert "\rlinkedin-export: reading Complete_LinkedInDataExport_11-20-2026.zip (0 MB)…" in shown
    assert f"writing {tmp_path / 'connections.csv'} (1/" in shown
    assert shown.endswith("\r")  # the line is erased at the end
    assert "connections.csv  55 records" in capsys.readouterr().out


# --- docs/cli.md: every example is real output --------------------------------------------------

DOCS_CLI = Path(__file__).resolve().parent.parent / "docs" / "cli.md"
_ECHO_EXIT = '; echo "exit code $?"'


def _console_blocks(text: str) -> list[list[str]]:
    return [block.splitlines() for block in re.findall(r"```console\n(.*?)```", text, re.DOTALL)]


def _shown(argv: str, cwd: Path) -> str:
    """What a console example's command prints (stdout, then stderr)."""
    command, echo, _ = argv.partition(_ECHO_EXIT)
    words = shlex.split(command)
    if words[0] == "head":  # head -n N FILE
        count, name = int(words[2]), words[3]
        lines = (cwd / name).read_text("utf-8").splitlines(keepends=True)[:count]
        return "".join(line.rstrip("\r\n") + "\n" for line in lines)
    assert words[0] == "linkedin-export", argv
    result = _cli(*words[1:], cwd=cwd)
    if not echo:
        assert result.returncode == EXIT_OK, f"{argv}: {result.stderr}"
    return result.stdout + result.stderr + (f"exit code {result.returncode}\n" if echo else "")


def _matches(expected: list[str], actual: list[str]) -> bool:
    """``actual`` shows ``expected``, where a ``…`` line stands for any lines and a line ending
    with ``…`` for any line that starts with what comes before it."""
    segments: list[list[str]] = [[]]
    for line in expected:
        if line == "…":
            segments.append([])
        else:
            segments[-1].append(line)

    def fits(segment: list[str], window: list[str]) -> bool:
        return len(window) == len(segment) and all(
            got.startswith(want[:-1]) if want.endswith("…") else got.rstrip() == want.rstrip()
            for want, got in zip(segment, window, strict=True)
        )

    position = 0
    for number, segment in enumerate(segments):
        if number == 0:  # the first lines are the first lines of the output
            starts: Sequence[int] = [0]
        elif number == len(segments) - 1:  # the last lines are the last ones
            starts = [len(actual) - len(segment)]
        else:
            starts = range(position, len(actual) - len(segment) + 1)
        start = next(
            (s for s in starts if s >= position and fits(segment, actual[s : s + len(segment)])),
            None,
        )
        if start is None:
            return False
        position = start + len(segment)
    return position == len(actual)


def test_the_console_example_matcher() -> None:
    assert _matches(["a", "…", "c"], ["a", "b", "b", "c"])
    assert _matches(["a", "…"], ["a", "b"])
    assert _matches(["x: …"], ["x: anything"])
    assert not _matches(["a", "…", "c"], ["a", "b", "c", "d"])
    assert not _matches(["b", "…"], ["a", "b"])
    assert not _matches(["a", "c"], ["a", "b", "c"])


def test_docs_cli_examples_are_real_output(tmp_path: Path) -> None:
    blocks = _console_blocks(DOCS_CLI.read_text("utf-8"))
    commands = 0
    for block in blocks:
        assert block[0].startswith("$ "), block[0]
        steps: list[tuple[str, list[str]]] = []
        for line in block:
            if line.startswith("$ "):
                steps.append((line[2:], []))
            else:
                steps[-1][1].append(line)
        for argv, expected in steps:
            actual = _shown(argv, tmp_path).splitlines()
            assert _matches(expected, actual), f"docs/cli.md: `{argv}` printed\n" + "\n".join(
                actual
            )
            commands += 1
    assert commands >= 10
    text = DOCS_CLI.read_text("utf-8")
    for command in ("summary", "report", "convert", "emails", "formats"):
        assert f"## `{command}`" in text
    for code in (EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_WARNINGS, EXIT_OUTPUT):
        assert f"| {code} |" in text
