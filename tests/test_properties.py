"""Property tests: rendered Connections.csv files round-trip, and no input crashes the loader.

Every person, company and address here is invented (``fernwood-labs.io`` and friends).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import linkedin_export as lx
from linkedin_export._formats.network import NOTES_PREAMBLE
from linkedin_export._reading.decode import decode

# --- rendering Connections.csv -------------------------------------------------------------------

# FORMATS.md §4.1: the exact preamble of Connections.csv (C3, C4).
PREAMBLE_LINES = tuple(NOTES_PREAMBLE.split("\n")[:3])
SIX = ("First Name", "Last Name", "Email Address", "Company", "Position", "Connected On")
COLUMNS = {
    "2018": SIX,
    "2020": SIX,
    "2021": SIX,
    "2023": ("First Name", "Last Name", "URL", *SIX[2:]),
}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
LINE_BREAK = re.compile(r"\r\n|\r|\n")

# Letters the name cleaner and the mojibake repair leave alone: ASCII, the Latin-1 letters of
# U+00C0-U+00FF (never a UTF-8 continuation byte once re-encoded), and a few letters cp1252 lacks.
CP1252_LETTERS = "éèêëáàâäãåçíìîïñóòôöõøúùûüýÿßæÉÈÁÀÖÜÑÇØÅÆÍÓÚ"
OTHER_LETTERS = "łőŞğıćřąęńśźżŁΩλ李"
NAME_ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + CP1252_LETTERS + OTHER_LETTERS
)
TEXT_ALPHABET = NAME_ALPHABET + "0123456789 ,.&'\"()-/\n"
EMAILS = (
    "mara.quill@fernwood-labs.io",
    "tomas.reyne@gmail.com",
    "ana.lima+jobs@outlook.com",
    "j.okafor@bramblewick.co.uk",
    "kim@quarry-analytics.dev",
)


@dataclass(frozen=True)
class Person:
    """One drawn connection, as LinkedIn would have it."""

    first: str
    last: str | None
    email: str | None
    company: str | None
    position: str | None
    connected_on: dt.date
    slug: str | None
    url_form: int
    hour: int
    minute: int


@dataclass(frozen=True)
class Layout:
    """How a Connections.csv is written out."""

    version: str
    preamble_deleted: bool
    casing: tuple[int, ...]
    order: tuple[int, ...]
    bom: bool
    newline: str
    final_newline: bool
    encoding: str
    quote_all: bool


@dataclass(frozen=True)
class Rendered:
    data: bytes
    text: str
    lines: tuple[int, ...]
    header_line: int


words = st.text(NAME_ALPHABET, min_size=1, max_size=9)
names = st.lists(words, min_size=1, max_size=3).map(" ".join)
free_text = st.text(TEXT_ALPHABET, max_size=30)
slugs = st.from_regex(r"[a-z0-9][a-z0-9-]{1,28}[a-z0-9]", fullmatch=True)


@st.composite
def western_words(draw: st.DrawFn) -> str:
    """A Western European name word: ASCII letters with up to two accented letters, as in real
    names (``Zoë``, ``François``, ``Müller``). Encoding detection of a file that is not UTF-8 is a
    judgement about natural text; arbitrary letter soup (``ÀÿÀ``) is not what it is built for."""
    word = list(draw(st.from_regex(r"[A-Z][a-z]{2,8}", fullmatch=True)))
    for _ in range(draw(st.integers(0, 2))):
        position = draw(st.integers(1, len(word) - 1))
        word[position] = draw(st.sampled_from(CP1252_LETTERS.lower()[:36]))
    return "".join(word)


def person_strategy(name_words: st.SearchStrategy[str], text: st.SearchStrategy[str]) -> Any:
    name = st.lists(name_words, min_size=1, max_size=3).map(" ".join)
    return st.builds(
        Person,
        first=name,
        last=st.none() | name,
        email=st.none() | st.sampled_from(EMAILS),
        company=text,
        position=text,
        connected_on=st.dates(dt.date(2004, 1, 1), dt.date(2026, 12, 31)),
        slug=st.none() | slugs,
        url_form=st.integers(0, 4),
        hour=st.integers(1, 12),
        minute=st.integers(0, 59),
    )


people = person_strategy(words, free_text)
western_text = st.lists(western_words(), max_size=3).map(" ".join)
western_people = person_strategy(western_words(), western_text)


@st.composite
def layouts(draw: st.DrawFn, encodings: tuple[str, ...] | None = None) -> Layout:
    version = draw(st.sampled_from(sorted(COLUMNS)))
    width = len(COLUMNS[version])
    return Layout(
        version=version,
        preamble_deleted=version in {"2021", "2023"} and draw(st.booleans()),
        casing=tuple(draw(st.lists(st.integers(0, 2), min_size=width, max_size=width))),
        order=tuple(draw(st.permutations(range(width)))),
        bom=draw(st.booleans()),
        newline=draw(st.sampled_from(["\n", "\r\n"])),
        final_newline=draw(st.booleans()),
        encoding=draw(st.sampled_from(encodings or ("utf-8", "utf-16-le", "utf-16-be", "cp1252"))),
        quote_all=draw(st.booleans()),
    )


def case(header: str, how: int) -> str:
    return (header, header.lower(), header.upper())[how]


def date_cell(person: Person, version: str) -> str:
    day = person.connected_on
    if version == "2018":
        noon = "PM" if person.hour == 12 else "AM"
        return (
            f"{day.month}/{day.day}/{day.year % 100:02d}, {person.hour}:{person.minute:02d} {noon}"
        )
    return f"{day.day:02d} {MONTHS[day.month - 1]} {day.year}"


def url_cell(person: Person) -> str:
    if person.slug is None:
        return ""
    forms = (
        "https://www.linkedin.com/in/{}",
        "https://www.linkedin.com/in/{}/",
        "http://www.linkedin.com/in/{}",
        "www.linkedin.com/in/{}",
        "https://uk.linkedin.com/in/{}?trk=export",
    )
    return forms[person.url_form].format(person.slug)


def cells(person: Person, version: str) -> dict[str, str]:
    return {
        "First Name": person.first,
        "Last Name": person.last or "",
        "URL": url_cell(person),
        "Email Address": person.email or "",
        "Company": person.company or "",
        "Position": person.position or "",
        "Connected On": date_cell(person, version),
    }


def render(rows: list[Person], layout: Layout) -> Rendered:
    """The Connections.csv file of ``rows`` written with ``layout``, and each row's first line."""
    nl = layout.newline
    columns = [COLUMNS[layout.version][i] for i in layout.order]
    if layout.version in {"2021", "2023"}:
        preamble = nl * 2 if layout.preamble_deleted else nl.join(PREAMBLE_LINES) + nl
    else:
        preamble = ""
    line = preamble.count(nl) + 1
    header_line = line

    def write(values: list[str]) -> str:
        out = io.StringIO()
        if layout.quote_all:
            csv.writer(out, lineterminator=nl, quoting=csv.QUOTE_ALL).writerow(values)
        else:
            csv.writer(out, lineterminator=nl, quoting=csv.QUOTE_MINIMAL).writerow(values)
        return out.getvalue()

    parts = [preamble, write([case(c, layout.casing[i]) for i, c in enumerate(columns)])]
    starts: list[int] = []
    for person in rows:
        line += 1
        starts.append(line)
        values = cells(person, layout.version)
        written = write([values[c] for c in columns])
        line += len(LINE_BREAK.findall(written[: -len(nl)]))
        parts.append(written)
    text = "".join(parts)
    if not layout.final_newline:
        text = text[: -len(nl)]
    if layout.encoding == "utf-8":
        data = (codecs.BOM_UTF8 if layout.bom else b"") + text.encode("utf-8")
    elif layout.encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    elif layout.encoding == "utf-16-be":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    else:
        data = text.encode("cp1252")
    return Rendered(data, text, tuple(starts), header_line)


def expected(person: Person, version: str) -> tuple[object, ...]:
    return (
        person.first,
        person.last,
        (person.company or "").strip() or None,
        (person.position or "").strip() or None,
        person.connected_on,
        person.email,
        person.slug if version == "2023" else None,
    )


def observed(record: lx.Record) -> tuple[object, ...]:
    assert isinstance(record, lx.Connection)
    return (
        record.first_name,
        record.last_name,
        record.company,
        record.position,
        record.connected_on,
        record.email.normalized if record.email else None,
        record.public_id,
    )


def encodable(rows: list[Person], encoding: str) -> bool:
    text = "".join("".join(cells(p, "2023").values()) for p in rows)
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def repeats(rows: list[Person], version: str) -> list[int]:
    """The indexes of the rows that repeat an earlier person (``duplicate-record``), by the best
    fact first: a row with a profile slug joins the earliest group with that slug; otherwise
    (or when none has it) the earliest group with its email address where the two do not both
    have slugs (each address of ``EMAILS`` is another mailbox). A group learns the slugs and
    addresses of the rows that join it."""
    groups: list[tuple[set[str], set[str]]] = []
    found = []
    for index, person in enumerate(rows):
        slug = person.slug if version == "2023" else None
        target = next((g for g in groups if slug in g[0]), None) if slug else None
        if target is None and person.email:
            target = next((g for g in groups if person.email in g[1] and not (slug and g[0])), None)
        if target is None:
            groups.append(({slug} if slug else set(), {person.email} if person.email else set()))
            continue
        found.append(index)
        target[0].update({slug} if slug else set())
        target[1].update({person.email} if person.email else set())
    return found


def check_round_trip(rows: list[Person], layout: Layout) -> None:
    rendered = render(rows, layout)
    parsed = lx.parse_file(rendered.data, name="Connections.csv")
    assert [observed(r) for r in parsed.records] == [expected(p, layout.version) for p in rows]
    guessed = layout.encoding == "cp1252" and not rendered.text.isascii()
    repeated = repeats(rows, layout.version)
    assert [w.code for w in parsed.warnings] == (
        [lx.WarningCode.ENCODING_GUESSED] if guessed else []
    ) + [lx.WarningCode.DUPLICATE_RECORD] * len(repeated), parsed.warnings
    duplicates = [w for w in parsed.warnings if w.code is lx.WarningCode.DUPLICATE_RECORD]
    assert [w.line for w in duplicates] == [rendered.lines[i] for i in repeated]
    assert parsed.file.rows == parsed.file.records == len(rows)
    assert parsed.file.kind == "connections"
    assert parsed.file.header_line == rendered.header_line
    assert [r.provenance.line for r in parsed.records if r.provenance] == list(rendered.lines)
    assert all(r.provenance and r.provenance.file == "Connections.csv" for r in parsed.records)
    if layout.version == "2023":
        assert parsed.file.format_id == "connections/2023"
    if layout.version == "2018" and rows:
        assert parsed.file.format_id == "connections/2018"


row_lists = st.lists(people, max_size=6)


@settings(max_examples=300, deadline=None)
@given(rows=row_lists, layout=layouts(encodings=("utf-8", "utf-16-le", "utf-16-be")))
def test_round_trip(rows: list[Person], layout: Layout) -> None:
    check_round_trip(rows, layout)


GARCIA = Person(
    "José", "García", None, "Fernwood Labs", "Data Engineer", dt.date(2020, 2, 3), None, 0, 9, 41
)
ZOE = Person(
    "Zoë", "Ørsted", None, "Fernwood Labs", "Data Engineer", dt.date(2020, 2, 3), None, 0, 9, 41
)
PLAIN_CP1252 = Layout(
    version="2020",
    preamble_deleted=False,
    casing=(0,) * 6,
    order=tuple(range(6)),
    bom=False,
    newline="\n",
    final_newline=True,
    encoding="cp1252",
    quote_all=False,
)


@settings(max_examples=200, deadline=None)
@example(rows=[GARCIA], layout=PLAIN_CP1252)
@example(rows=[ZOE], layout=PLAIN_CP1252)
@given(rows=st.lists(western_people, max_size=6), layout=layouts(encodings=("cp1252",)))
def test_round_trip_cp1252(rows: list[Person], layout: Layout) -> None:
    """Files re-saved as cp1252 (Excel) round-trip, with one encoding-guessed warning."""
    assert encodable(rows, "cp1252")
    check_round_trip(rows, layout)


# --- nothing crashes ----------------------------------------------------------------------------


def physical_lines(data: bytes) -> int:
    return len(LINE_BREAK.split(decode(data).text))


def check_parsed(parsed: lx.ParsedFile, data: bytes) -> None:
    limit = physical_lines(data) + 1
    for warning in parsed.warnings:
        assert warning.line is None or 1 <= warning.line <= limit, (warning, limit)
    malformed = sum(1 for w in parsed.warnings if w.code is lx.WarningCode.MALFORMED_ROW)
    assert parsed.file.rows == parsed.file.records + malformed
    assert parsed.file.records == len(parsed.records)
    assert parsed.file.warnings == len(parsed.warnings)


def check_never_crashes(data: bytes) -> None:
    first: lx.ParsedFile | None
    try:
        first = lx.parse_file(data, name="Connections.csv")
    except lx.LinkedInExportError:
        first = None
    if first is not None:
        check_parsed(first, data)
        again = lx.parse_file(data, name="Connections.csv")
        assert again.records == first.records
        assert [r.provenance for r in again.records] == [r.provenance for r in first.records]
        assert again.warnings == first.warnings
        assert again.file == first.file
    try:
        export = lx.load(data)
    except lx.LinkedInExportError:
        return
    limit = physical_lines(data) + 1
    assert all(w.line is None or 1 <= w.line <= limit for w in export.warnings)
    malformed = sum(1 for w in export.warnings if w.code is lx.WarningCode.MALFORMED_ROW)
    assert sum(f.rows for f in export.files) == sum(f.records for f in export.files) + malformed
    assert lx.load(data) == export
    assert lx.load(data).warnings == export.warnings


@settings(max_examples=300, deadline=None)
@example(data=b"")
@example(data=b'"')
@example(data=b"Notes:\n")
@example(data=b"\x00" * 10)
@example(data=b'First Name,Last Name\n"Mara,Quill\n')
@example(data=b"\xff\xfeF\x00")
@given(data=st.binary(max_size=4000))
def test_arbitrary_bytes_never_crash(data: bytes) -> None:
    check_never_crashes(data)


JUNK = [b'"', b"\n", b"\r", b"\x00", b",", b"\r\n", b'""', b"Notes:\n", b"\xc3", b"\xff\xfe"]


@st.composite
def mutated_files(draw: st.DrawFn) -> bytes:
    rows = draw(st.lists(people, min_size=1, max_size=5))
    layout = draw(layouts(encodings=("utf-8", "utf-16-le")))
    data = render(rows, layout).data
    for _ in range(draw(st.integers(1, 4))):
        lines = data.splitlines(keepends=True) or [b""]
        op = draw(st.sampled_from(["drop", "dup", "swap", "truncate", "insert", "reencode"]))
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        pos = draw(st.integers(0, len(data)))
        if op == "drop":
            del lines[i]
            data = b"".join(lines)
        elif op == "dup":
            lines.insert(i, lines[i])
            data = b"".join(lines)
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
            data = b"".join(lines)
        elif op == "truncate":
            data = data[:pos]
        elif op == "insert":
            junk = draw(st.sampled_from(JUNK) | st.binary(min_size=1, max_size=4))
            data = data[:pos] + junk + data[pos:]
        else:
            text = decode(data).text
            target = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
            data = text.encode(target, errors="replace")
    return data


@settings(max_examples=300, deadline=None)
@given(data=mutated_files())
def test_mutated_connections_never_crash(data: bytes) -> None:
    check_never_crashes(data)


# --- arbitrary zips -----------------------------------------------------------------------------

MEMBER_NAMES = [
    "Connections.csv",
    "../Connections.csv",
    "../../evil.csv",
    "/abs/Connections.csv",
    "/etc/passwd",
    "C:\\Users\\mara\\Connections.csv",
    "a\\b\\c.csv",
    "Jobs/Saved Jobs.csv",
    "Articles/post.html",
    "Ünïcödé/Verbindungen.csv",
    "联系人.csv",
    "__MACOSX/._Connections.csv",
    ".DS_Store",
    "Export/Thumbs.db",
    "./x/./y.csv",
    "messages.csv",
    "data.zip",
]
member_names = st.sampled_from(MEMBER_NAMES) | st.text(
    st.characters(exclude_categories=["Cs"], exclude_characters="\x00"),
    min_size=1,
    max_size=20,
).filter(lambda n: not n.endswith(("/", "\\")))


@st.composite
def valid_connections(draw: st.DrawFn) -> bytes:
    rows = draw(st.lists(people, max_size=3))
    return render(rows, draw(layouts(encodings=("utf-8", "utf-16-le")))).data


contents = valid_connections() | st.binary(max_size=300)


def build_zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


@st.composite
def zips(draw: st.DrawFn) -> tuple[bytes, int | None]:
    """A zip archive, and its member count when no member is itself a readable zip."""
    drawn = draw(st.lists(member_names, min_size=1, max_size=6, unique=True))
    members = [(name, draw(contents)) for name in drawn]
    nested = draw(st.booleans())
    if nested:
        inner = draw(st.lists(member_names, min_size=1, max_size=3, unique=True))
        inner_zip = build_zip([(name, draw(contents)) for name in inner])
        outer_name = draw(st.sampled_from(["inner.zip", "Export/Basic.ZIP", "../x.zip"]))
        if outer_name not in drawn:
            members.append((outer_name, inner_zip))
        else:
            nested = False
    return build_zip(members), None if nested else len(members)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(drawn=zips())
def test_arbitrary_zips(
    drawn: tuple[bytes, int | None], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, count = drawn
    monkeypatch.chdir(tmp_path)
    try:
        export = lx.load(data)
    except lx.LinkedInExportError:
        assert list(tmp_path.iterdir()) == []
        return
    assert list(tmp_path.iterdir()) == []
    assert export.container == "zip"
    if count is not None:
        assert len(export.files) + len(export.ignored) == count
    for report in export.files:
        malformed = sum(
            1
            for w in export.warnings
            if w.code is lx.WarningCode.MALFORMED_ROW and w.file == report.path
        )
        assert report.rows == report.records + malformed
    assert len(export.connections) == sum(
        f.records for f in export.files if f.kind == "connections"
    )
