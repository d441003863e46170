"""The ``linkedin-export`` command line, run in-process and as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import linkedin_export as lx
from linkedin_export.cli import EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE, EXIT_WARNINGS, main

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
