"""Hostile and broken input (issue 6): each case loads with warnings naming file and line, or
raises one :class:`~linkedin_export.LinkedInExportError` whose message says what is wrong and what
to do. The inputs come from ``hostile.py`` (synthetic, built in memory or under ``tmp_path``).

``test_source.py`` and ``test_reading.py`` cover the same cases at the level of one module
(listing an archive, reading a table); here they go through ``lx.load`` end to end. The worst
cases for memory run in a child process under an address-space limit (``RLIMIT_AS``).
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import unicodedata
import warnings
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hostile
import linkedin_export as lx
from linkedin_export._reading import decode as decode_module
from linkedin_export._reading.decode import decode
from linkedin_export._reading.table import read_table

WC = lx.WarningCode
SRC = Path(__file__).resolve().parents[1] / "src"


def by_path(export: lx.Export) -> dict[str, lx.FileReport]:
    return {report.path: report for report in export.files}


def codes(export: lx.Export, file: str | None = None) -> list[tuple[str, int | None]]:
    """``(code, line)`` of the warnings (of one file)."""
    return [(w.code.value, w.line) for w in export.warnings if file is None or w.file == file]


def assert_accounted(export: lx.Export) -> None:
    """Every data row of every file is a record or a ``malformed-row`` warning of that file."""
    malformed = Counter(w.file for w in export.warnings if w.code is WC.MALFORMED_ROW)
    for report in export.files:
        assert report.rows == report.records + malformed[report.path], report


def load_zip(files: list[tuple[str | zipfile.ZipInfo, bytes]], **kwargs: Any) -> lx.Export:
    return lx.load(hostile.make_zip(files), **kwargs)


CONNECTIONS = hostile.connections_csv(3).encode()


# --- damaged archives ----------------------------------------------------------------------------

GOOD = hostile.make_zip(
    [
        ("Export/Connections.csv", CONNECTIONS),
        ("Export/Skills.csv", b"Name\nCartography\nSQL\n"),
        ("Export/Languages.csv", b"Name,Proficiency\nPortuguese,Native or bilingual\n"),
    ]
)
_END = len(GOOD) - 22  # where the end of central directory record starts
_DIRECTORY = GOOD.find(b"PK\x01\x02")


@pytest.mark.parametrize(
    "cut",
    [4, 60, _DIRECTORY // 2, _DIRECTORY + 10, _END + 10, len(GOOD) - 1],
    ids=["in-first-header", "in-first-member", "in-members", "in-directory", "in-end", "last"],
)
def test_truncated_zip_raises_one_error(cut: int, tmp_path: Path) -> None:
    data = GOOD[:cut]
    with pytest.raises(lx.UnreadableInputError) as info:
        lx.load(data)
    message = str(info.value)
    assert "<bytes> is not a readable zip archive" in message
    assert "Download the export from LinkedIn again, or pass the extracted folder" in message
    path = tmp_path / "Complete_LinkedInDataExport_01-02-2026.zip"
    path.write_bytes(data)
    with pytest.raises(lx.UnreadableInputError, match=f"^{path.name} is not a readable zip"):
        lx.load(path)


def test_directory_entry_with_a_wrong_name_length_is_reported() -> None:
    # The first entry's name now runs over the two entries after it: zipfile lists one member.
    damaged = hostile.patch_directory(GOOD, 28, "<H", 200)
    export = lx.load(damaged, name="export.zip")
    (archive,) = [w for w in export.warnings if w.file == "export.zip"]
    assert archive.code is WC.UNREADABLE_FILE
    assert "directory is damaged: it declares 3 files but 1 were found" in archive.message
    assert "Download the export again" in archive.message
    (report,) = export.files
    assert "<U+0001><U+0002>" in report.path  # the next entry's signature, shown, not raw
    assert not any(ord(c) < 32 for w in export.warnings for c in w.file or "")


def test_directory_entry_pointing_to_the_wrong_offset_loses_only_that_member() -> None:
    damaged = hostile.patch_directory(GOOD, 42, "<I", 7)
    export = lx.load(damaged)
    reports = by_path(export)
    broken = reports["Export/Connections.csv"]
    assert (broken.rows, broken.records) == (0, 0)
    (warning,) = [w for w in export.warnings if w.file == "Export/Connections.csv"]
    assert warning.code is WC.UNREADABLE_FILE
    assert "cannot be read from the archive" in warning.message
    assert "download the export again" in warning.message
    assert [s.name for s in export.skills] == ["Cartography", "SQL"]
    assert len(export.languages) == 1
    assert_accounted(export)


def test_directory_with_a_bad_signature_raises() -> None:
    damaged = GOOD[:_DIRECTORY] + b"XXXX" + GOOD[_DIRECTORY + 4 :]
    with pytest.raises(lx.UnreadableInputError, match="Bad magic number for central directory"):
        lx.load(damaged)


def test_end_record_declaring_more_files_than_listed_is_reported() -> None:
    buf = bytearray(GOOD)
    buf[_END + 8 : _END + 12] = (5).to_bytes(2, "little") * 2  # entries on disk, in total
    export = lx.load(bytes(buf), name="export.zip")
    assert [(w.code, w.file) for w in export.warnings if w.file == "export.zip"] == [
        (WC.UNREADABLE_FILE, "export.zip")
    ]
    assert len(export.connections) == 3  # what was found is still read


def test_encrypted_member_raises_with_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(lx.UnreadableInputError) as info:
        lx.load(hostile.encrypted_zip())
    assert str(info.value) == (
        "the archive is password-protected (encrypted member Connections.csv). Extract it with "
        "your password and pass the extracted folder instead."
    )


# --- zip bombs ------------------------------------------------------------------------------------


def test_ratio_bomb_is_refused_before_decompression(monkeypatch: pytest.MonkeyPatch) -> None:
    buf = io.BytesIO()
    hostile.ratio_bomb(buf, 256 * 1024**2)
    monkeypatch.setattr(zipfile.ZipFile, "open", _no_decompression)
    with pytest.raises(lx.LimitExceededError) as info:
        lx.load(buf.getvalue())
    assert info.value.limit == "max_ratio"
    message = str(info.value)
    assert "Connections.csv expands from" in message
    assert "to 268435456 bytes" in message
    assert "The archive looks like a zip bomb or is damaged" in message
    assert "lx.load(..., limits=lx.Limits(max_ratio=...))" in message


def test_declared_size_is_refused_before_decompression(monkeypatch: pytest.MonkeyPatch) -> None:
    data = hostile.declared_size_bomb()
    monkeypatch.setattr(zipfile.ZipFile, "open", _no_decompression)
    with pytest.raises(lx.LimitExceededError) as info:
        lx.load(data)
    assert info.value.limit == "max_member_bytes"
    assert str(info.value).startswith(
        "Connections.csv is 4294967280 bytes, more than max_member_bytes=1073741824."
    )


def test_size_understated_by_the_directory_stops_at_the_declared_size() -> None:
    # The headers say 40 bytes; the deflated data holds more. Reading stops at 40 bytes, whose
    # checksum is not the member's: the member is reported, the load goes on.
    data = hostile.patch_directory(
        hostile.make_zip([("Connections.csv", CONNECTIONS), ("Skills.csv", b"Name\nSQL\n")]),
        24,
        "<I",
        40,
        local=22,
    )
    export = lx.load(data)
    assert by_path(export)["Connections.csv"].rows == 0
    (warning,) = [w for w in export.warnings if w.file == "Connections.csv"]
    assert warning.code is WC.UNREADABLE_FILE
    assert warning.message.startswith(
        "Connections.csv: cannot be read from the archive (Bad CRC-32 for file "
    )
    assert "download the export again" in warning.message
    assert len(export.skills) == 1


@pytest.mark.parametrize("count", [20_001, 70_000], ids=["zip", "zip64"])
def test_many_tiny_entries_are_refused_before_the_directory_is_read(
    count: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "many.zip"
    hostile.many_entries_zip(path, count)
    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", _no_decompression)
    with pytest.raises(lx.LimitExceededError) as info:
        lx.load(path)
    assert info.value.limit == "max_entries"
    assert str(info.value).startswith(
        f"many.zip declares {count} files, more than max_entries=20000."
    )
    with pytest.raises(lx.LimitExceededError, match="declares"):
        lx.load(path.read_bytes())


def test_many_tiny_entries_behind_a_lying_end_record_are_still_counted(tmp_path: Path) -> None:
    path = tmp_path / "many.zip"
    hostile.many_entries_zip(path, 501, declared=3)
    with pytest.raises(lx.LimitExceededError, match=r"more than max_entries=500 files") as info:
        lx.load(path, limits=lx.Limits(max_entries=500))
    assert info.value.limit == "max_entries"
    loaded = lx.load(path, limits=lx.Limits(max_entries=501))
    assert len(loaded.files) == 501
    (warning,) = [w for w in loaded.warnings if w.file == "many.zip"]
    assert "declares 3 files but 501 were found" in warning.message


def _no_decompression(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the archive was read further than its directory")


def test_nested_zips_beyond_one_level_are_kept_unopened_and_reported() -> None:
    data = hostile.nested_zip(3, {"Connections.csv": hostile.connections_csv(9).encode()})
    export = lx.load(data)
    paths = sorted(by_path(export))
    assert paths == ["Connections.csv", "level1.zip/Connections.csv", "level1.zip/level2.zip"]
    (nested,) = [w for w in export.warnings if w.code is WC.LIMIT_EXCEEDED]
    assert nested.file == "level1.zip/level2.zip"
    assert nested.message == "zip archive nested deeper than 1 level(s); not opened"
    assert len(export.connections) == 1 + 2  # the two outer levels only

    deep = lx.load(data, limits=lx.Limits(max_nesting=3))
    assert len(deep.connections) == 1 + 2 + 3 + 9
    assert not [w for w in deep.warnings if w.code is WC.LIMIT_EXCEEDED]
    assert_accounted(deep)


def test_a_zip_that_holds_itself_stops_at_the_nesting_limit() -> None:
    inner = hostile.make_zip([("Connections.csv", CONNECTIONS)])
    data = hostile.make_zip([("Connections.csv", CONNECTIONS), ("again.zip", inner)])
    for _ in range(30):
        data = hostile.make_zip([("again.zip", data), ("Skills.csv", b"Name\nSQL\n")])
    export = lx.load(data)
    assert [w.code for w in export.warnings if w.code is WC.LIMIT_EXCEEDED] == [WC.LIMIT_EXCEEDED]
    assert len(export.skills) == 2


# --- member names ---------------------------------------------------------------------------------

HOSTILE_NAMES = {
    "../../Connections.csv": "../../Connections.csv",
    "/etc/Connections.csv": "etc/Connections.csv",
    "C:\\Users\\mara\\Connections.csv": "Users/mara/Connections.csv",
    "Export\\Connections.csv": "Export/Connections.csv",
    "Conne\u0301ctions.csv": "Conn\u00e9ctions.csv",  # NFD, shown in NFC
    "\u202egnp.Connections.csv": "<U+202E>gnp.Connections.csv",  # right-to-left override
    "Connections\u200f.csv": "Connections<U+200F>.csv",  # right-to-left mark
    "Conn\x1b[31mections.csv": "Conn<U+001B>[31mections.csv",  # a terminal escape
    "a\nb.csv": "a<U+000A>b.csv",
}


def test_hostile_member_names_are_only_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    export = load_zip([(name, CONNECTIONS) for name in HOSTILE_NAMES])
    assert sorted(by_path(export)) == sorted(HOSTILE_NAMES.values())
    assert len(export.connections) == 3 * len(HOSTILE_NAMES)
    for report in export.files:
        assert report.kind == "connections"
        assert unicodedata.is_normalized("NFC", report.path)
        assert all(unicodedata.category(c) not in {"Cc", "Cf"} for c in report.path)
    shown = {w.file for w in export.warnings}
    shown |= {r.provenance.file if r.provenance else None for r in export.connections}
    assert shown <= {*HOSTILE_NAMES.values(), None}
    assert list(tmp_path.iterdir()) == []  # nothing extracted, wherever a name points
    assert_accounted(export)


def test_duplicate_member_names_are_both_read_and_told_apart() -> None:
    second = (hostile.CONNECTIONS_HEADER + "\nAda,Lovelace\n" + hostile.connections_row(7)).encode()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile: "Duplicate name"
        data = hostile.make_zip([("Connections.csv", CONNECTIONS), ("Connections.csv", second)])
    export = lx.load(data)
    reports = by_path(export)
    assert sorted(reports) == ["Connections.csv", "Connections.csv (2)"]
    assert {r.name for r in export.files} == {"Connections.csv"}
    assert (reports["Connections.csv (2)"].rows, reports["Connections.csv (2)"].records) == (2, 1)
    assert codes(export, "Connections.csv (2)") == [("malformed-row", 2)]
    assert codes(export, "Connections.csv") == []
    assert len(export.connections) == 4
    assert len(export.records("Connections.csv")) == 4
    assert_accounted(export)


def test_nfc_and_nfd_spellings_of_one_name_are_told_apart() -> None:
    export = load_zip([("Ré.csv", CONNECTIONS), ("Re\u0301.csv", CONNECTIONS)])
    assert sorted(by_path(export)) == ["Ré.csv", "Ré.csv (2)"]
    assert len(export.connections) == 6


def test_symlink_entries_are_not_followed() -> None:
    export = load_zip(
        [
            (hostile.symlink_info("Export/Connections.csv"), b"/etc/passwd"),
            (hostile.symlink_info("Export/Skills.csv"), b"../../../home/mara/Skills.csv"),
            ("Export/Languages.csv", b"Name,Proficiency\nPortuguese,Native or bilingual\n"),
        ]
    )
    assert sorted(by_path(export)) == ["Export/Languages.csv"]
    links = sorted((w.code, w.file, w.message) for w in export.warnings if w.file)
    assert links == [
        (WC.UNREADABLE_FILE, "Export/Connections.csv", "symbolic link not followed"),
        (WC.UNREADABLE_FILE, "Export/Skills.csv", "symbolic link not followed"),
    ]
    assert export.connections == ()
    assert export.skills == ()


def test_symlinks_in_a_folder_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "Connections.csv").write_bytes(CONNECTIONS)
    export_dir = tmp_path / "Basic_LinkedInDataExport_01-02-2026"
    export_dir.mkdir()
    (export_dir / "Skills.csv").write_bytes(b"Name\nSQL\n")
    (export_dir / "Connections.csv").symlink_to(outside / "Connections.csv")
    (export_dir / "Jobs").symlink_to(outside, target_is_directory=True)
    (export_dir / "loop").symlink_to(export_dir / "loop")  # points to itself
    export = lx.load(export_dir)
    assert sorted(by_path(export)) == ["Skills.csv"]
    assert sorted((w.file, w.message) for w in export.warnings if w.file) == [
        ("Connections.csv", "symbolic link not followed"),
        ("Jobs", "symbolic link not followed"),
        ("loop", "symbolic link not followed"),
    ]
    assert export.connections == ()


# --- files that are empty, binary or damaged ------------------------------------------------------


def test_zero_byte_file_is_an_empty_file_of_its_kind(tmp_path: Path) -> None:
    export = load_zip([("Connections.csv", b""), ("Skills.csv", b"Name\nSQL\n")])
    report = by_path(export)["Connections.csv"]
    assert (report.kind, report.rows, report.records, report.header) == ("connections", 0, 0, ())
    assert codes(export, "Connections.csv") == []
    path = tmp_path / "Connections.csv"
    path.touch()
    alone = lx.load(path)
    assert [(f.kind, f.rows) for f in alone.files] == [("connections", 0)]
    assert alone.warnings == ()
    unnamed = lx.load(b"")
    assert [(w.code, w.file) for w in unnamed.warnings] == [(WC.UNKNOWN_FILE, "<bytes>")]


def test_random_bytes_with_a_csv_name() -> None:
    noise = hostile.random_bytes(5000)
    export = load_zip([("Connections.csv", noise), ("Skills.csv", b"Name\nSQL\n")])
    (warning,) = [w for w in export.warnings if w.file == "Connections.csv"]
    assert warning.code is WC.UNREADABLE_FILE
    assert warning.message == (
        "looks binary, not like a table: the file is damaged, or is not the connections file "
        "its name says; listed in export.files, not parsed"
    )
    assert by_path(export)["Connections.csv"].kind == "connections"
    assert len(export.skills) == 1
    with pytest.raises(lx.UnreadableInputError) as info:
        lx.load(noise, name="Connections.csv")
    assert str(info.value).startswith(
        "Connections.csv is not a LinkedIn export: it is not a zip archive, a CSV or a vCard "
        "file (it looks binary). Pass the .zip you downloaded from LinkedIn"
    )


def test_nul_bytes_are_removed_and_their_line_named() -> None:
    lines = hostile.connections_csv(4).splitlines(keepends=True)
    lines[3] = lines[3].replace("Ana,", "A\x00na\x00,")
    export = lx.load("".join(lines).encode(), name="Connections.csv")
    assert [c.first_name for c in export.connections] == ["Mara", "Tomas", "Ana", "Jun"]
    (warning,) = export.warnings
    assert (warning.code, warning.file, warning.line) == (
        WC.NUL_BYTES_REMOVED,
        "Connections.csv",
        4,
    )
    assert warning.message == "2 NUL character(s) removed (the first on line 4)"


@pytest.mark.parametrize(
    ("tail", "line"),
    [
        (b"a\n\x00b", 2),
        (b"a\r\x00\nb", 1),  # between the halves of one CRLF: the end of line 1
        (b"a\r\x00b", 2),
        (b"a\rb\r\x00", 2),  # after the final line break: still the last line
        (b"\x00a\nb", 1),
    ],
)
def test_nul_line_is_a_line_of_the_cleaned_text(tail: bytes, line: int) -> None:
    decoded = decode(b"x" * 50 + tail)  # long enough not to look like UTF-16
    assert decoded.nul_line == line
    assert 1 <= line <= len(decoded.text.splitlines())


def test_unbalanced_quote_running_to_the_end_of_the_file() -> None:
    lines = hostile.connections_csv(6).splitlines(keepends=True)
    lines[2] = lines[2].replace("Tomas,", '"Tomas,')
    export = lx.load("".join(lines).encode(), name="Connections.csv")
    assert [c.first_name for c in export.connections] == ["Mara", "Ana", "Jun", "Mara", "Tomas"]
    (warning,) = export.warnings
    assert (warning.code, warning.line) == (WC.MALFORMED_ROW, 3)
    assert "a quote opened on this line is never closed" in warning.message
    assert warning.value == lines[2].rstrip("\n")
    assert_accounted(export)


def test_unbalanced_quote_in_a_message_keeps_every_other_message() -> None:
    text = hostile.messages_csv(["first", "second", "third", "fourth"])
    lines = text.splitlines(keepends=True)
    lines[2] = lines[2].replace('"second"', '"second')  # the closing quote is lost, and no
    lines[3:] = [line.replace('"', "") for line in lines[3:]]  # later quote closes it
    export = lx.load("".join(lines).encode(), name="messages.csv")
    assert [m.content for m in export.messages] == ["first", "third", "fourth"]
    assert codes(export, "messages.csv") == [("malformed-row", 3)]
    assert_accounted(export)


def test_mixed_encodings_in_one_file() -> None:
    head = hostile.connections_csv(1).encode("utf-8")
    utf8 = "José,García,,,Café Norte,Chef,03 Feb 2020\n".encode()
    cp1252 = "Zoë,Ørsted,,,Fernwood Labs,Engineer,04 Feb 2020\n".encode("cp1252")
    export = lx.load(head + utf8 + cp1252 + utf8, name="Connections.csv")
    names = [(c.first_name, c.last_name, c.company) for c in export.connections]
    assert names[1:] == [
        ("José", "García", "Café Norte"),
        ("Zoë", "Ørsted", "Fernwood Labs"),
        ("José", "García", "Café Norte"),
    ]
    found = codes(export)
    assert found[0] == ("encoding-guessed", None)
    repaired = sorted({line or 0 for code, line in found if code == "mojibake-repaired"})
    assert repaired == [3, 5]  # the UTF-8 lines, each named
    assert all(w.file == "Connections.csv" for w in export.warnings)


def test_byte_order_mark_before_a_row_in_the_middle() -> None:
    text = hostile.connections_csv(2) + "\ufeff" + hostile.connections_row(2) + "\n"
    export = lx.load(text.encode(), name="Connections.csv")
    assert [c.first_name for c in export.connections] == ["Mara", "Tomas", "Ana"]
    assert not any("\ufeff" in str(c) for c in export.connections)
    assert export.warnings == ()


def test_two_files_joined_with_a_byte_order_mark_between_them() -> None:
    data = CONNECTIONS + b"\xef\xbb\xbf" + CONNECTIONS
    export = lx.load(data, name="Connections.csv")
    assert len(export.connections) == 6
    # The second copy's rows repeat the first copy's: reported as duplicates, not lost.
    assert [w.code for w in export.warnings].count(WC.DUPLICATE_RECORD) == 3
    (warning,) = [w for w in export.warnings if w.code is not WC.DUPLICATE_RECORD]
    assert (warning.code, warning.file, warning.line) == (WC.MALFORMED_ROW, "Connections.csv", 5)
    assert "the header again (two copies of the file joined into one?)" in warning.message
    assert warning.value == hostile.CONNECTIONS_HEADER
    assert_accounted(export)


def test_long_first_line_in_a_fresh_process_is_no_csv_error() -> None:
    # csv.field_size_limit() is process-wide: a new process starts at 128 KiB, where the header
    # search used to raise _csv.Error on a line with a longer field.
    saved = csv.field_size_limit()
    try:
        csv.field_size_limit(128 * 1024)
        table = read_table("x" * 200_000 + "\nsecond line\n")
        assert len(table.header) == 1
        assert [row[0] for row in table.rows if isinstance(row, tuple)] == [2]
    finally:
        csv.field_size_limit(saved)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(st.sampled_from("ab\r\n\x85\u2028"), max_size=80), block=st.integers(1, 12))
def test_text_lines_are_the_lines_of_a_string_io(
    text: str, block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``text_lines`` (no 4-bytes-a-character copy of the text) splits exactly as
    ``io.StringIO(text, newline="")``, whether lines are shorter or longer than a block."""
    monkeypatch.setattr(decode_module, "_LINES_BLOCK", block)
    assert list(decode_module.text_lines(text)) == list(io.StringIO(text, newline=""))


# --- memory: the worst cases in a child process under an address-space limit ----------------------

#: What a worst case may use above a plain load of the sample. A 50 MB field needs about 420 MB:
#: the csv module holds a field being read at 4 bytes a character, in a buffer doubled as it
#: grows (256 MiB), beside the decoded text, the line and the finished cell (50 MB each).
HEADROOM = 512 * 1024**2

RUNNER = """
import json, resource, sys
limit, spec = int(sys.argv[1]), json.loads(sys.argv[2])
if limit:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

def peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmPeak:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmPeak")

out = {}
try:
    import linkedin_export as lx
    if spec["op"] == "allocate":
        block = bytearray(spec["bytes"])
        out["outcome"] = "allocated"
    else:
        export = lx.load(spec["path"], limits=lx.Limits(**spec.get("limits", {})))
        out["outcome"] = "loaded"
        out["files"] = [[f.path, f.rows, f.records] for f in export.files]
        out["warnings"] = [
            [w.code.value, w.file, w.line, len(w.value or "")] for w in export.warnings
        ]
        cells = [c.company or "" for c in export.connections]
        cells += [m.content or "" for m in export.messages]
        out["longest"] = max(map(len, cells), default=0)
except MemoryError:
    out["outcome"] = "MemoryError"
except Exception as error:
    out["outcome"] = type(error).__name__
    out["message"] = str(error)
out["peak"] = peak()
print(json.dumps(out))
"""


def run_limited(limit: int, spec: dict[str, Any]) -> dict[str, Any]:
    """Run ``RUNNER`` in a child process with ``limit`` bytes of address space (0: none)."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-c", RUNNER, str(limit), json.dumps(spec)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.fixture(scope="module")
def baseline() -> int:
    """Peak address space of a child that imports the library and loads the sample."""
    result = run_limited(0, {"op": "load", "path": str(lx.sample_export_path())})
    assert result["outcome"] == "loaded"
    peak: int = result["peak"]
    return peak


@pytest.fixture(scope="module")
def worst(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The worst cases, written once to disk for the children to load."""
    root = tmp_path_factory.mktemp("worst")
    with (root / "ratio-bomb.zip").open("wb") as fh:
        hostile.ratio_bomb(fh, 1024**3)  # 1 GiB of zeros, twice the headroom
    (root / "declared-size.zip").write_bytes(hostile.declared_size_bomb())
    hostile.many_entries_zip(root / "many-entries.zip", 1_000_000)
    for folder, name, text in (
        ("field", "Connections.csv", hostile.field_csv(50_000_000)),
        ("columns", "Connections.csv", hostile.wide_row_csv(1_000_000)),
        ("header", "Connections.csv", hostile.wide_header_csv(1_000_000)),
        ("message", "messages.csv", hostile.messages_csv(["hello", "y" * 50_000_000, "bye"])),
    ):
        (root / folder).mkdir()
        (root / folder / name).write_text(text, encoding="utf-8")
    return root


pytestmark_linux = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="RLIMIT_AS and /proc/self/status are Linux's"
)


@pytestmark_linux
def test_the_address_space_limit_is_enforced(baseline: int) -> None:
    """Without this, the tests below would prove nothing."""
    result = run_limited(baseline + HEADROOM, {"op": "allocate", "bytes": baseline + HEADROOM})
    assert result["outcome"] == "MemoryError"


@pytestmark_linux
@pytest.mark.parametrize(
    ("case", "limit_name", "text"),
    [
        ("ratio-bomb.zip", "max_ratio", "expands from"),
        ("declared-size.zip", "max_member_bytes", "is 4294967280 bytes"),
        ("many-entries.zip", "max_entries", "declares 1000000 files"),
    ],
)
def test_bombs_are_refused_in_bounded_memory(
    case: str, limit_name: str, text: str, baseline: int, worst: Path
) -> None:
    result = run_limited(baseline + HEADROOM, {"op": "load", "path": str(worst / case)})
    assert result["outcome"] == "LimitExceededError", result
    assert text in result["message"]
    assert f"lx.Limits({limit_name}=...)" in result["message"]
    assert result["peak"] < baseline + 64 * 1024**2  # refused before anything large is read


@pytestmark_linux
def test_fifty_megabyte_field_loads_in_bounded_memory(baseline: int, worst: Path) -> None:
    result = run_limited(baseline + HEADROOM, {"op": "load", "path": str(worst / "field")})
    assert result["outcome"] == "loaded", result
    assert result["files"] == [["Connections.csv", 3, 3]]
    assert result["warnings"] == []
    assert result["longest"] == 50_000_000


@pytestmark_linux
def test_fifty_megabyte_message_is_streamed_in_bounded_memory(baseline: int, worst: Path) -> None:
    result = run_limited(baseline + HEADROOM, {"op": "load", "path": str(worst / "message")})
    assert result["outcome"] == "loaded", result
    assert result["files"] == [["messages.csv", 3, 3]]
    assert result["longest"] == 50_000_000


@pytestmark_linux
def test_a_million_columns_in_one_row(baseline: int, worst: Path) -> None:
    result = run_limited(baseline + HEADROOM, {"op": "load", "path": str(worst / "columns")})
    assert result["outcome"] == "loaded", result
    assert result["files"] == [["Connections.csv", 3, 2]]
    ((code, file, line, kept),) = result["warnings"]
    assert (code, file, line) == ("malformed-row", "Connections.csv", 3)
    assert kept < 70 * 1024  # the row's content is kept, bounded
    assert result["peak"] < baseline + 128 * 1024**2


@pytestmark_linux
def test_a_million_columns_in_the_header(baseline: int, worst: Path) -> None:
    result = run_limited(baseline + HEADROOM, {"op": "load", "path": str(worst / "header")})
    assert result["outcome"] == "loaded", result
    assert result["files"] == [["Connections.csv", 1, 1]]
    assert [w[0] for w in result["warnings"]] == ["unknown-file"]
