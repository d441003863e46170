"""Which kind of export was loaded, when it was made, and what it should hold."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

import linkedin_export as lx
from linkedin_export.models.archive import ArchiveKind

CONNECTIONS = (
    "First Name,Last Name,Email Address,Company,Position,Connected On\nA,B,,,,03 Feb 2020\n"
)
OUTLOOK = '"First Name","Last Name","E-mail Address","Company","Job Title"\n"A","B","","",""\n'


def _zip(path: Path, files: dict[str, str]) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    path.write_bytes(buffer.getvalue())
    return path


def _missing(export: lx.Export) -> list[str | None]:
    return [w.value for w in export.warnings if w.code is lx.WarningCode.EXPECTED_FILE_MISSING]


def test_the_bundled_sample_is_a_complete_archive() -> None:
    export = lx.load(lx.sample_export_path())
    assert export.archive is not None
    assert export.archive.kind is ArchiveKind.COMPLETE
    assert export.archive.date == dt.date(2026, 11, 20)
    assert _missing(export) == []


def test_a_basic_archive_is_told_it_has_no_messages(tmp_path: Path) -> None:
    path = _zip(
        tmp_path / "Basic_LinkedInDataExport_02-14-2022.zip", {"Connections.csv": CONNECTIONS}
    )
    export = lx.load(path)
    assert export.archive == lx.ArchiveInfo(
        kind=ArchiveKind.BASIC, date=dt.date(2022, 2, 14), name=path.name
    )
    assert _missing(export) == ["messages.csv"]
    (note,) = [w for w in export.warnings if w.code is lx.WarningCode.EXPECTED_FILE_MISSING]
    assert note.severity is lx.Severity.INFO
    assert "Complete archive" in note.message


def test_a_complete_archive_without_messages_or_connections(tmp_path: Path) -> None:
    path = _zip(
        tmp_path / "Complete_LinkedInDataExport_11-20-2026.zip", {"Skills.csv": "Name\nMaps\n"}
    )
    assert _missing(lx.load(path)) == ["messages.csv", "Connections.csv"]


@pytest.mark.parametrize(
    ("name", "files", "kind"),
    [
        ("Initial_LinkedInDataExport_01-05-2017.zip", {"Connections.csv": CONNECTIONS}, "pre-gdpr"),
        ("my-export.zip", {"Inbox.csv": "From,To,Date,Content\n"}, "pre-gdpr"),
        ("my-export.zip", {"Connections.csv": CONNECTIONS}, "unknown"),
    ],
)
def test_archive_kinds(tmp_path: Path, name: str, files: dict[str, str], kind: str) -> None:
    export = lx.load(_zip(tmp_path / name, files))
    assert export.archive is not None
    assert export.archive.kind == kind


def test_a_legacy_contacts_file(tmp_path: Path) -> None:
    path = tmp_path / "linkedin_connections_export_microsoft_outlook.csv"
    path.write_text(OUTLOOK, encoding="utf-8")
    export = lx.load(path)
    assert export.archive is not None
    assert export.archive.kind is ArchiveKind.CONTACTS_EXPORT
    assert export.archive.date is None
    assert _missing(export) == []


def test_bytes_with_a_name_tell_their_kind() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Connections.csv", CONNECTIONS)
    data = buffer.getvalue()
    assert lx.load(data).archive == lx.ArchiveInfo(
        kind=ArchiveKind.UNKNOWN, date=None, name="<bytes>"
    )
    named = lx.load(data, name="Basic_LinkedInDataExport_02-14-2022.zip")
    assert named.archive is not None
    assert named.archive.kind is ArchiveKind.BASIC
    assert named.archive.date == dt.date(2022, 2, 14)
