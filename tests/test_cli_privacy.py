"""``linkedin-export redact`` and ``linkedin-export inventory``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import linkedin_export as lx
from linkedin_export._cli_privacy import SALT_VARIABLE, compare
from linkedin_export.cli import EXIT_OK, EXIT_USAGE, main

SRC = Path(__file__).resolve().parent.parent / "src"


def test_redact_writes_a_copy_and_checks_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.zip"
    sample = str(lx.sample_export_path())
    assert main(["redact", sample, str(copy), "--salt", "s"]) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.out.startswith("Redacted copy of Complete_LinkedInDataExport_11-20-2026.zip")
    assert "Check: the copy reads like the original" in captured.out
    assert captured.err == ""
    again = tmp_path / "again.zip"
    assert main(["redact", sample, str(again), "--salt", "s", "--no-check"]) == EXIT_OK
    assert "Check:" not in capsys.readouterr().out
    assert again.read_bytes() == copy.read_bytes()


def test_redact_without_a_salt_uses_a_random_one_and_does_not_show_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SALT_VARIABLE, raising=False)
    sample = str(lx.sample_export_path())
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    assert main(["redact", sample, str(first), "--no-check"]) == EXIT_OK
    assert main(["redact", sample, str(second), "--no-check"]) == EXIT_OK
    err = capsys.readouterr().err
    assert err.count("a random salt was used and not shown") == 2
    assert first.read_bytes() != second.read_bytes()
    monkeypatch.setenv(SALT_VARIABLE, "from the environment")
    third, fourth = tmp_path / "c.zip", tmp_path / "d.zip"
    assert main(["redact", sample, str(third), "--no-check"]) == EXIT_OK
    assert main(["redact", sample, str(fourth), "--salt", "from the environment"]) == EXIT_OK
    assert third.read_bytes() == fourth.read_bytes()


def test_redact_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.zip"
    copy.write_bytes(b"keep me")
    sample = str(lx.sample_export_path())
    assert main(["redact", sample, str(copy), "--salt", "s"]) == EXIT_USAGE
    assert "--force" in capsys.readouterr().err
    assert copy.read_bytes() == b"keep me"
    assert main(["redact", sample, str(copy), "--salt", "s", "--force"]) == EXIT_OK


def test_compare_names_what_differs(tmp_path: Path) -> None:
    good = tmp_path / "a" / "Connections.csv"
    good.parent.mkdir()
    good.write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Mara,Quill,,Fernwood,Engineer,14 Mar 2024\n",
        encoding="utf-8",
    )
    bad = tmp_path / "b" / "Connections.csv"
    bad.parent.mkdir()
    bad.write_text(
        "First Name,Last Name,Email Address,Company,Position,Connected On\n"
        "Mara,Quill,,Fernwood,Engineer,32 Mar 2024\n",
        encoding="utf-8",
    )
    assert compare(lx.load(good.parent), lx.load(good.parent)) == []
    assert compare(lx.load(good.parent), lx.load(bad.parent)) == [
        "Connections.csv:2: 1 invalid-date warning(s) new in the copy"
    ]


def test_inventory_text_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["inventory", "--sample"]) == EXIT_OK
    out = capsys.readouterr().out
    inventory = lx.load(lx.sample_export_path()).inventory()
    assert out == str(inventory) + "\n"
    assert main(["inventory", "--sample", "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == inventory.to_dict()


def test_inventory_needs_a_source(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["inventory"])
    assert raised.value.code == EXIT_USAGE
    assert "give either SOURCE or --sample" in capsys.readouterr().err


def test_redact_as_a_subprocess(tmp_path: Path) -> None:
    copy = tmp_path / "copy.zip"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "linkedin_export.cli",
            "redact",
            str(lx.sample_export_path()),
            str(copy),
            "--salt",
            "s",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    )
    assert result.returncode == EXIT_OK, result.stderr
    assert "Check: the copy reads like the original" in result.stdout
    assert (
        lx.load(copy).report().connections == lx.load(lx.sample_export_path()).report().connections
    )
