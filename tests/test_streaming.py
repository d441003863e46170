"""Reading in constant memory: ``decode_stream``, ``read_lines``, deferred messages files and
``Export.iter_messages()``.

The deferred path is exercised on small synthetic files by lowering ``DEFER_BYTES`` (the size
above which messages files are left for later): what it gives must be exactly what the eager path
gives. Memory and speed are measured in ``benchmarks/run.py``, not asserted here.
"""

from __future__ import annotations

import codecs
import csv
import io
import pickle
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import linkedin_export as lx
from linkedin_export import _load
from linkedin_export._reading import decode as decode_module
from linkedin_export._reading.decode import decode, decode_stream
from linkedin_export._reading.table import MalformedRow, read_lines, read_table
from linkedin_export.diagnostics import WarningCode

FIXTURES = Path(__file__).parent / "fixtures"
HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,"
    "SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT"
)
PEOPLE = (
    ("Mara Quill", "https://www.linkedin.com/in/mara-quill-4b1a2c"),
    ("Tomas Reyne", "https://www.linkedin.com/in/tomas-reyne"),
    ("Ines Okafor", "https://www.linkedin.com/in/ines-okafor"),
)


def messages_csv(rows: int, *, newline: str = "\r\n") -> bytes:
    """A 2025 messages.csv between Mara (the owner) and two others, quoted like LinkedIn does."""
    out = io.StringIO()
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator=newline)
    writer.writerow(HEADER.split(","))
    for index in range(rows):
        # Mara takes part in every message; the others in turns.
        other = PEOPLE[1 + (index // 2) % 2]
        sender, recipient = (PEOPLE[0], other) if index % 2 == 0 else (other, PEOPLE[0])
        writer.writerow(
            [
                f"2-conv{index // 4}",
                "",
                sender[0],
                sender[1],
                recipient[0],
                recipient[1],
                f"2025-0{1 + index % 9}-1{index % 10} 0{index % 10}:1{index % 6}:2{index % 10} UTC",
                "",
                f"<p>Message {index}: ça va?</p>\nSecond line" if index % 5 == 0 else f"hi {index}",
                "INBOX",
                "",
                "No",
                "No",
            ]
        )
    return out.getvalue().encode("utf-8")


@pytest.fixture
def defer_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    """Leave every messages file for later, whatever its size."""
    monkeypatch.setattr(_load, "DEFER_BYTES", -1)


def drain(stream: Iterator[str]) -> list[str]:
    return list(stream)


# --- decode_stream ------------------------------------------------------------------------------


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64])
@pytest.mark.parametrize(
    ("text", "encoding", "bom"),
    [
        ('a,b\r\nçé,€\r\n"x\ry",z\rlast', "utf-8", b""),
        ("a,b\r\nçé,€\nq", "utf-8", codecs.BOM_UTF8),
        ("a\tb\r\nJosé\tZoë\r\n", "utf-16-le", codecs.BOM_UTF16_LE),
        ("a,b\r\nJosé,Müller\r\n", "cp1252", b""),
    ],
)
def test_decode_stream_gives_the_lines_of_decode(
    monkeypatch: pytest.MonkeyPatch, chunk: int, text: str, encoding: str, bom: bytes
) -> None:
    # Tiny chunks split "\r\n" pairs and multi-byte characters at every possible place.
    monkeypatch.setattr(decode_module, "_CHUNK_BYTES", chunk)
    data = bom + text.encode(encoding)
    streamed = decode_stream(io.BytesIO(data))
    assert streamed is not None
    whole = decode(data)
    lines = drain(streamed.lines())
    assert "".join(lines) == whole.text
    assert lines == list(io.StringIO(whole.text, newline=""))
    assert streamed.bom == bool(bom)


def test_decode_stream_counts_nuls_and_late_undecodable_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(decode_module, "_HEAD_BYTES", 8)
    monkeypatch.setattr(decode_module, "_CHUNK_BYTES", 5)
    data = b"a,b\n1,2\nx\x00y,\xff\xfe\n\xef\xbf\xbd,z\n"  # a real U+FFFD is not counted
    streamed = decode_stream(io.BytesIO(data))
    assert streamed is not None
    assert streamed.encoding == "utf-8"
    assert not streamed.guessed  # the first 8 bytes are valid UTF-8
    lines = drain(streamed.lines())
    assert lines[2] == "xy,\ufffd\ufffd\n"
    assert streamed.nul_removed == 1
    assert streamed.replaced == 2


def test_decode_stream_refuses_binary() -> None:
    assert decode_stream(io.BytesIO(b"\x89PNG\r\n\x1a\n" + bytes(100))) is None


# --- read_lines ---------------------------------------------------------------------------------

cell = st.text(alphabet=st.sampled_from('ab ,"\r\n\t;é'), max_size=6)


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.lists(cell, min_size=1, max_size=4), max_size=6), junk=cell)
def test_read_lines_reads_what_read_table_reads(rows: list[list[str]], junk: str) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([["h1", "h2", "h3"], *rows])
    text = out.getvalue() + junk  # junk: an unclosed quote, stray line breaks...
    whole = read_table(text)
    chunked = read_lines(text[:5] + text[5:], io.StringIO(text, newline=""))
    assert (whole.header, whole.header_line, whole.delimiter) == (
        chunked.header,
        chunked.header_line,
        chunked.delimiter,
    )
    assert list(whole.rows) == list(chunked.rows)
    assert whole.blank_rows == chunked.blank_rows


def test_unclosed_quote_at_the_end_is_reported_and_the_lines_after_it_read_again() -> None:
    text = 'a,b\n1,2\n3,"unclosed\n4,5\n6,7\n'
    rows = list(read_lines(text, io.StringIO(text, newline="")).rows)
    assert rows[0] == (2, ["1", "2"])
    assert isinstance(rows[1], MalformedRow)
    assert rows[1].line == 3
    assert rows[1].content == '3,"unclosed'
    assert rows[2:] == [(4, ["4", "5"]), (5, ["6", "7"])]


# --- deferred messages files --------------------------------------------------------------------


def test_small_exports_are_read_at_once() -> None:
    export = lx.load(messages_csv(10), name="messages.csv")
    assert "not read yet" not in repr(export)
    assert len(export.messages) == 10


@pytest.mark.usefixtures("defer_everything")
def test_a_large_messages_file_is_left_for_later_and_streamed() -> None:
    export = lx.load(messages_csv(50), name="messages.csv")
    assert "messages not read yet" in repr(export)
    streamed = list(export.iter_messages())
    assert len(streamed) == 50
    assert "messages not read yet" in repr(export)  # streaming keeps nothing
    assert streamed[0].content == "<p>Message 0: ça va?</p>\nSecond line"
    lines = [m.provenance.line if m.provenance else None for m in streamed[:2]]
    assert lines == [2, 4]  # the line break inside the first message counts
    # export.messages reads everything, once, and then equals what was streamed (same owner).
    assert export.owner == "Mara Quill"  # reading decides the owner: the most frequent name
    assert "messages not read yet" not in repr(export)
    with_owner = list(
        lx.load(messages_csv(50), name="messages.csv").iter_messages(owner="Mara Quill")
    )
    assert with_owner == list(export.messages)


@pytest.mark.usefixtures("defer_everything")
def test_streamed_messages_without_an_owner_keep_no_direction() -> None:
    export = lx.load(messages_csv(6), name="messages.csv")
    assert {m.direction for m in export.iter_messages()} == {None}
    outgoing = [m for m in export.iter_messages(owner="Tomas Reyne") if m.direction == "OUTGOING"]
    assert [m.sender_name for m in outgoing] == ["Tomas Reyne"] * 2


def era_zip(extra: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for case in ("connections/2023", "profile/2020"):
            found = sorted((FIXTURES / case).glob("input.*"))
            zf.writestr(case.split("/")[0].capitalize() + ".csv", found[0].read_bytes())
        for name, data in extra.items():
            zf.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.usefixtures("defer_everything")
def test_deferred_export_equals_the_eager_one(monkeypatch: pytest.MonkeyPatch) -> None:
    data = era_zip(
        {
            "messages.csv": messages_csv(40),
            "guide_messages.csv": (
                FIXTURES / "messages/2023-guide/input.guide_messages.csv"
            ).read_bytes(),
            "coach_messages.csv": next(
                (FIXTURES / "messages/2023-coach").glob("input.*")
            ).read_bytes(),
        }
    )
    lazy = lx.load(data, name="Complete_LinkedInDataExport_03-01-2025.zip")
    streamed = list(lazy.iter_messages())
    monkeypatch.setattr(_load, "DEFER_BYTES", 32 * 1024**2)
    eager = lx.load(data, name="Complete_LinkedInDataExport_03-01-2025.zip")
    assert "not read yet" in repr(lazy)
    # The owner comes from Profile.csv, so streamed directions are those of export.messages.
    assert lazy.owner == eager.owner is not None
    assert "not read yet" in repr(lazy)  # the profile's owner needs no messages
    assert streamed == list(eager.messages)
    assert lazy.connections == eager.connections
    assert lazy.era == eager.era
    assert lazy.warnings == eager.warnings
    assert lazy.files == eager.files
    assert lazy.conversations == eager.conversations
    assert lazy == eager
    assert pickle.loads(pickle.dumps(lazy)) == eager  # noqa: S301 - our own data


@pytest.mark.usefixtures("defer_everything")
@pytest.mark.parametrize(
    ("read", "settles"),
    [
        (lambda e: e.connections, False),
        (lambda e: e.profile, False),
        (lambda e: e.records("Connections.csv"), False),
        (lambda e: e.collection("positions"), False),
        (lambda e: e.messages, True),
        (lambda e: e.warnings, True),
        (lambda e: e.files, True),
        (lambda e: e.report(), True),
        (lambda e: e.records("messages.csv"), True),
        (lambda e: e.collection("messages"), True),
        (pickle.dumps, True),
    ],
)
def test_what_reads_the_messages_files(read: object, settles: bool) -> None:
    export = lx.load(era_zip({"messages.csv": messages_csv(5)}))
    read(export)  # type: ignore[operator]
    assert ("not read yet" not in repr(export)) is settles


@pytest.mark.usefixtures("defer_everything")
def test_stream_warnings_are_the_messages_files_warnings() -> None:
    data = messages_csv(3).replace(b"2025-01-10 00:10:20 UTC", b"not a date")
    stream = lx.load(data, name="messages.csv").iter_messages()
    assert not stream.warnings
    messages = list(stream)
    assert len(messages) == 3
    assert [(w.code, w.line, w.column) for w in stream.warnings] == [
        (WarningCode.INVALID_DATE, 2, "DATE")
    ]
    eager = lx.load(data, name="messages.csv")
    monkeypatch_free = eager.iter_messages()  # not deferred: the same warnings, at once
    assert len(list(monkeypatch_free)) == 3
    assert stream.warnings == monkeypatch_free.warnings == eager.warnings


@pytest.mark.usefixtures("defer_everything")
def test_a_stream_closed_early_releases_the_file(tmp_path: Path) -> None:
    path = tmp_path / "messages.csv"
    path.write_bytes(messages_csv(20))
    export = lx.load(path)
    with export.iter_messages() as stream:
        first = next(stream)
    assert first.sender_name == "Mara Quill"
    # filterwarnings=error: an unclosed file would fail this test with a ResourceWarning.
    stream.close()
    with pytest.raises(StopIteration):
        next(stream)


@pytest.mark.usefixtures("defer_everything")
def test_a_zip_damaged_half_way_ends_the_stream_with_a_warning(tmp_path: Path) -> None:
    data = messages_csv(40_000)  # over the first MiB, which is read before any record
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("messages.csv", data)
    damaged = bytearray(buffer.getvalue())
    late = len(damaged) * 3 // 4
    damaged[late : late + 64] = bytes(64)  # inside the compressed data, past the first MiB
    path = tmp_path / "export.zip"
    path.write_bytes(bytes(damaged))
    stream = lx.load(path).iter_messages()
    read = list(stream)
    assert 1000 < len(read) < 40_000
    assert [w.code for w in stream.warnings][-1] is WarningCode.UNREADABLE_FILE
    assert "reading stopped after line" in stream.warnings[-1].message


@pytest.mark.usefixtures("defer_everything")
def test_the_zip_on_disk_is_read_member_by_member(tmp_path: Path) -> None:
    path = tmp_path / "Basic_LinkedInDataExport_01-02-2026.zip"
    path.write_bytes(era_zip({"messages.csv": messages_csv(12)}))
    export = lx.load(path)
    assert sum(1 for _ in export.iter_messages()) == 12
    assert sum(1 for _ in export.iter_messages()) == 12  # each call reads the file anew
    assert len(export.messages) == 12
