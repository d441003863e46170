"""Unit tests of ``decode``, ``repair_mojibake``, ``looks_binary`` and ``read_table``.

All names and companies are invented.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator

import pytest

from linkedin_export._formats import header_score
from linkedin_export._formats.network import NOTES_PREAMBLE
from linkedin_export._reading.decode import decode, looks_binary, repair_mojibake
from linkedin_export._reading.table import MalformedRow, Row, Table, read_table

TEXT = "First Name,Last Name,Company\nJosé,Müller,Fernwood Labs\n"

# FORMATS.md §4.1: the exact preamble of Connections.csv (C3, C4), LF line ends.
PREAMBLE = NOTES_PREAMBLE
C4_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
C4_HEADER_CELLS = tuple(C4_HEADER.split(","))
C4_ROW = (
    'Mara,Quill,https://www.linkedin.com/in/mara-quill-4b1a2c,,"Fernwood Labs, Inc.",'
    "Senior Data Engineer,14 Mar 2024"
)
C4_CELLS = [
    "Mara",
    "Quill",
    "https://www.linkedin.com/in/mara-quill-4b1a2c",
    "",
    "Fernwood Labs, Inc.",
    "Senior Data Engineer",
    "14 Mar 2024",
]


# --- decode ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_decode_bom(bom: bytes, codec: str, encoding: str) -> None:
    decoded = decode(bom + TEXT.encode(codec))
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert decoded.bom is True
    assert decoded.guessed is False
    assert decoded.replaced == 0
    assert decoded.nul_removed == 0


def test_decode_utf32_le_bom_is_not_taken_for_utf16() -> None:
    # FF FE 00 00 starts both BOMs; UTF-32 must win or every character gets a NUL.
    decoded = decode(codecs.BOM_UTF32_LE + "a,b\n".encode("utf-32-le"))
    assert decoded.encoding == "utf-32-le"
    assert decoded.text == "a,b\n"


@pytest.mark.parametrize(
    ("codec", "encoding"), [("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be")]
)
def test_decode_utf16_without_bom(codec: str, encoding: str) -> None:
    decoded = decode(TEXT.encode(codec))
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert decoded.bom is False
    assert decoded.guessed is True
    assert decoded.nul_removed == 0


def test_decode_strict_utf8() -> None:
    decoded = decode(TEXT.encode("utf-8"))
    assert decoded == decoded.__class__(text=TEXT, encoding="utf-8")
    assert decoded.guessed is False


def test_decode_literal_replacement_character_is_not_counted() -> None:
    decoded = decode("Mara \ufffd Quill\n".encode())
    assert decoded.text == "Mara \ufffd Quill\n"
    assert decoded.replaced == 0


def test_decode_cp1252_guessed() -> None:
    text = "Renée Dubois,Fernwood Labs,Ingénieur\n" * 20
    decoded = decode(text.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.guessed is True
    assert decoded.bom is False
    assert decoded.text == text
    assert decoded.replaced == 0


@pytest.mark.parametrize(
    "text",
    [
        "First Name,Last Name\nZoë,Ørsted\n",
        "First Name,Last Name\nAna,Peña\n",
    ],
)
def test_decode_short_cp1252_text(text: str) -> None:
    decoded = decode(text.encode("cp1252"))
    assert decoded.guessed is True
    assert decoded.text == text


def test_decode_late_non_ascii_byte_after_one_megabyte() -> None:
    head = "First Name,Last Name,Company\n" + "Mara,Quill,Fernwood Labs\n" * 45_000
    assert len(head) > 1024 * 1024
    text = head + "Jürgen,Weiß,Fernwood Labs\n"
    decoded = decode(text.encode("cp1252"))
    assert decoded.guessed is True
    assert decoded.encoding == "cp1252"
    assert decoded.text == text
    assert decoded.text.endswith("Jürgen,Weiß,Fernwood Labs\n")


def test_decode_undecodable_bytes_are_counted() -> None:
    decoded = decode(codecs.BOM_UTF8 + b"Mara,Qu\xffill,\xfe\n")
    assert decoded.encoding == "utf-8"
    assert decoded.replaced == 2
    assert decoded.text == "Mara,Qu\ufffdill,\ufffd\n"


def test_decode_undecodable_count_ignores_literal_replacement_characters() -> None:
    decoded = decode(codecs.BOM_UTF8 + "a\ufffd,".encode() + b"\xff\n")
    assert decoded.replaced == 1
    assert decoded.text.count("\ufffd") == 2


def test_decode_odd_utf16_length_counts_one_replacement() -> None:
    decoded = decode(codecs.BOM_UTF16_LE + "a,b\n".encode("utf-16-le") + b"x")
    assert decoded.encoding == "utf-16-le"
    assert decoded.replaced == 1
    assert decoded.text.startswith("a,b\n")


def test_decode_removes_nul_characters() -> None:
    decoded = decode(b"Mara\x00,Quill\x00\x00\n")
    assert decoded.text == "Mara,Quill\n"
    assert decoded.nul_removed == 3
    assert decoded.encoding == "utf-8"


def test_decode_empty() -> None:
    decoded = decode(b"")
    assert (decoded.text, decoded.encoding, decoded.guessed, decoded.replaced) == (
        "",
        "utf-8",
        False,
        0,
    )


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("FROM\nJosÃ© Quill\n", True),
        ("FROM\nMÃ¼ller\n", True),
        ("FROM\nâ€™\n", True),
        ("FROM\nJosé Müller\n", False),
        ("FROM\nnaïve café\n", False),
        ("FROM\nMara Quill\n", False),
    ],
)
def test_decode_maybe_mojibake(text: str, hint: bool) -> None:
    assert decode(text.encode()).maybe_mojibake is hint


# --- repair_mojibake ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("JosÃ©", "José"),
        ("MÃ¼ller", "Müller"),
        ("\u00f0\u0178\u02dc\u20ac", "\U0001f600"),
        ("Ã©", "é"),
        ("Fernwood Labsâ€™ team", "Fernwood Labs\u2019 team"),
        ("JosÃƒÂ©", "José"),  # encoded wrongly twice
        ("Hi \U0001f600 JosÃ©", "Hi \U0001f600 José"),  # a real emoji beside mojibake
        ("Renée Ã©", "Renée é"),
    ],
)
def test_repair_mojibake_repairs(broken: str, fixed: str) -> None:
    assert repair_mojibake(broken) == fixed


def test_repair_mojibake_twice_encoded_round_trip() -> None:
    original = "François Lefèvre"
    once = original.encode("utf-8").decode("cp1252")
    twice = once.encode("utf-8").decode("cp1252")
    assert repair_mojibake(once) == original
    assert repair_mojibake(twice) == original


@pytest.mark.parametrize(
    "text", ["José", "naïve café", "Ã", "Â", "Mara Quill", "", "Ørsted Ålesund", "\U0001f600 Zoë"]
)
def test_repair_mojibake_leaves_good_text(text: str) -> None:
    assert repair_mojibake(text) is None


# --- looks_binary ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 20,
        b"%PDF-1.7\n",
        b"\xff\xd8\xff\xe0JFIF",
        b"GIF89a",
        b"\x1f\x8b\x08\x00",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # legacy .xls
        b"\x7fELF\x02\x01",
        bytes(range(1, 9)) * 100,
    ],
)
def test_looks_binary_true(data: bytes) -> None:
    assert looks_binary(data) is True


@pytest.mark.parametrize(
    "data",
    [
        b"",
        TEXT.encode(),
        TEXT.encode("cp1252"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-le"),
        TEXT.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
        b"a\tb\tc\r\n1\t2\t3\r\n\x0c",
    ],
)
def test_looks_binary_false(data: bytes) -> None:
    assert looks_binary(data) is False


# --- read_table --------------------------------------------------------------------------------


def table(text: str, **kwargs: int) -> Table:
    return read_table(text, header_score=header_score, **kwargs)


def items(t: Table) -> list[Row | MalformedRow]:
    return list(t.rows)


def rows(t: Table) -> list[Row]:
    out: list[Row] = []
    for item in t.rows:
        assert not isinstance(item, MalformedRow), item
        out.append(item)
    return out


def test_read_table_notes_preamble_exact_bytes() -> None:
    t = table(PREAMBLE + C4_HEADER + "\n" + C4_ROW + "\n,,,,,,02 Aug 2019")
    assert t.header == C4_HEADER_CELLS
    assert t.header_line == 4
    assert t.delimiter == ","
    assert t.preamble == tuple(PREAMBLE.splitlines()[:2])
    assert rows(t) == [(5, C4_CELLS), (6, ["", "", "", "", "", "", "02 Aug 2019"])]
    assert t.blank_rows == 0


def test_read_table_preamble_without_header_score() -> None:
    t = read_table(PREAMBLE + C4_HEADER + "\n" + C4_ROW)
    assert t.header == C4_HEADER_CELLS
    assert t.header_line == 4
    assert rows(t) == [(5, C4_CELLS)]


def test_read_table_preamble_crlf() -> None:
    text = (PREAMBLE + C4_HEADER + "\n" + C4_ROW + "\n").replace("\n", "\r\n")
    t = table(text)
    assert t.header_line == 4
    assert rows(t) == [(5, C4_CELLS)]


def test_read_table_deleted_preamble_leaves_two_blank_lines() -> None:
    t = table("\n\n" + C4_HEADER + "\n" + C4_ROW)
    assert t.header == C4_HEADER_CELLS
    assert t.header_line == 3
    assert t.preamble == ()
    assert rows(t) == [(4, C4_CELLS)]


def test_read_table_excel_padded_preamble() -> None:
    padded = "Notes:,,,,,,\n" + PREAMBLE.splitlines()[1] + ",,,,,,\n,,,,,,\n"
    t = table(padded + C4_HEADER + "\n" + C4_ROW + "\n,,,,,,\n")
    assert t.header == C4_HEADER_CELLS
    assert t.header_line == 4
    assert t.preamble[0] == "Notes:,,,,,,"
    assert rows(t) == [(5, C4_CELLS)]
    assert t.blank_rows == 1


@pytest.mark.parametrize("delimiter", ["\t", ";"])
def test_read_table_other_delimiters(delimiter: str) -> None:
    text = delimiter.join(["First Name", "Last Name", "Company"]) + "\n"
    text += delimiter.join(["Mara", "Quill", "Fernwood Labs, Inc."]) + "\n"
    t = table(text)
    assert t.delimiter == delimiter
    assert t.header == ("First Name", "Last Name", "Company")
    assert rows(t) == [(2, ["Mara", "Quill", "Fernwood Labs, Inc."])]


def test_read_table_fully_quoted_utf16_tsv_2018() -> None:
    text = (
        '"Date"\t"Search Query"\r\n'
        '"11/20/18, 10:03 AM"\t"data engineer, remote"\r\n'
        '"11/21/18, 9:15 PM"\t"say ""hello"""\r\n'
    )
    data = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    decoded = decode(data)
    t = table(decoded.text)
    assert t.delimiter == "\t"
    assert t.header == ("Date", "Search Query")
    assert rows(t) == [
        (2, ["11/20/18, 10:03 AM", "data engineer, remote"]),
        (3, ["11/21/18, 9:15 PM", 'say "hello"']),
    ]


def test_read_table_crlf_inside_quoted_field_and_line_numbers() -> None:
    text = (
        "Company Name,Title,Description\r\n"
        'Fernwood Labs,Engineer,"• Built the ingest layer\r\n• Ran the on-call rota"\r\n'
        "Bramblewick,CTO,\r\n"
    )
    t = table(text)
    assert rows(t) == [
        (2, ["Fernwood Labs", "Engineer", "• Built the ingest layer\r\n• Ran the on-call rota"]),
        (4, ["Bramblewick", "CTO", ""]),
    ]


def test_read_table_line_numbers_are_physical_lines() -> None:
    text = PREAMBLE + C4_HEADER + "\n"
    text += 'Mara,Quill,,,"Fernwood\nLabs\n\nInc.",Engineer,14 Mar 2024\n'
    text += "\n"
    text += "Tomas,Reyne,,,Bramblewick,CTO,02 Aug 2019\n"
    t = table(text)
    assert [line for line, _ in rows(t)] == [5, 10]
    assert t.blank_rows == 1


def test_read_table_missing_final_newline() -> None:
    t = table("a,b,c\n1,2,3\n4,5,6")
    assert rows(t) == [(2, ["1", "2", "3"]), (3, ["4", "5", "6"])]


def test_read_table_trailing_blank_and_padding_rows_are_counted() -> None:
    t = table("a,b,c\n1,2,3\n\n,,\n \n\n")
    assert rows(t) == [(2, ["1", "2", "3"])]
    assert t.blank_rows == 4


def test_read_table_blank_rows_between_data_rows() -> None:
    t = table('a,b,c\n\n1,2,3\n"","",""\n4,5,6\n')
    assert rows(t) == [(3, ["1", "2", "3"]), (5, ["4", "5", "6"])]
    assert t.blank_rows == 2


def test_read_table_wrong_field_counts_are_malformed() -> None:
    too_many, too_few, good = items(table('a,b,c\n1,2,3,4\n5,6\n7,"x, y",9\n'))
    assert isinstance(too_many, MalformedRow)
    assert (too_many.line, too_many.content) == (2, "1,2,3,4")
    assert "4 fields" in too_many.reason
    assert isinstance(too_few, MalformedRow)
    assert (too_few.line, too_few.content) == (3, "5,6")
    assert "2 fields" in too_few.reason
    assert good == (4, ["7", "x, y", "9"])


def test_read_table_extra_empty_cells_are_accepted() -> None:
    assert rows(table("a,b,c\n1,2,3,,\n")) == [(2, ["1", "2", "3"])]


def test_read_table_malformed_content_keeps_quotes() -> None:
    (row,) = items(table('a,b\n"x, y",2,3\n'))
    assert isinstance(row, MalformedRow)
    assert row.line == 2
    assert row.content == '"x, y",2,3'


def test_read_table_trailing_empty_header_column() -> None:
    t = table("a,b,c,\n1,2,3\n4,5,6,\n")
    assert t.header == ("a", "b", "c", "")
    assert rows(t) == [(2, ["1", "2", "3", ""]), (3, ["4", "5", "6", ""])]


def test_read_table_header_cells_are_stripped() -> None:
    t = table("\ufeff First Name , Last Name \nMara,Quill\n")
    assert t.header == ("First Name", "Last Name")


def test_read_table_one_megabyte_field() -> None:
    big = "x" * (1024 * 1024)
    t = table(f'a,b\n1,"{big}"\n2,3\n')
    assert rows(t) == [(2, ["1", big]), (3, ["2", "3"])]


@pytest.fixture
def default_field_limit() -> Iterator[None]:
    """The process-wide csv field limit at Python's default, restored afterwards."""
    saved = csv.field_size_limit()
    csv.field_size_limit(128 * 1024)
    try:
        yield
    finally:
        csv.field_size_limit(saved)


@pytest.mark.usefixtures("default_field_limit")
def test_read_table_field_over_max_field_is_malformed_and_reading_goes_on() -> None:
    big = "x" * 1_500_000
    found = items(table(f"a,b\n1,{big}\n2,3\n", max_field=1_000_000))
    assert len(found) == 2
    assert isinstance(found[0], MalformedRow)
    assert found[0].line == 2
    assert found[1] == (3, ["2", "3"])


@pytest.mark.usefixtures("default_field_limit")
def test_read_table_max_field_does_not_depend_on_earlier_reads() -> None:
    list(table("a,b\n1,2\n").rows)  # the default max_field (64 MiB) raises the global limit
    big = "x" * 1_500_000
    found = items(table(f"a,b\n1,{big}\n2,3\n", max_field=1_000_000))
    assert isinstance(found[0], MalformedRow)


@pytest.mark.usefixtures("default_field_limit")
def test_read_table_field_over_max_field_keeps_content() -> None:
    big = "x" * 1_500_000
    found = items(table(f"a,b\n1,{big}\n2,3\n", max_field=1_000_000))
    assert isinstance(found[0], MalformedRow)
    assert found[0].content.startswith("1,x")


def test_read_table_unbalanced_quote_at_end_is_malformed() -> None:
    found = items(table('a,b,c\n1,2,3\n4,5,"six\n'))
    assert found[0] == (2, ["1", "2", "3"])
    assert isinstance(found[1], MalformedRow)
    assert found[1].line == 3
    assert "six" in found[1].content


def test_read_table_unbalanced_quote_does_not_swallow_rows_silently() -> None:
    found = items(table('a,b,c\n1,2,"unbalanced\n4,5,6\n7,8,9\n'))
    assert any(isinstance(item, MalformedRow) for item in found)


def test_read_table_unbalanced_quote_with_too_few_fields_keeps_content() -> None:
    found = items(table('a,b,c\n1,2,3\n4,"5,6'))
    assert found[0] == (2, ["1", "2", "3"])
    assert isinstance(found[1], MalformedRow)
    assert found[1].line == 3
    assert "5,6" in found[1].content


def test_read_table_empty_text() -> None:
    t = table("")
    assert t.header == ()
    assert t.header_line is None
    assert items(t) == []


@pytest.mark.parametrize("text", ["\n", "\n\n\n", "\r\n\r\n", "  \n\t\n"])
def test_read_table_only_blank_lines(text: str) -> None:
    t = table(text)
    assert t.header == ()
    assert t.header_line is None
    assert items(t) == []


def test_read_table_header_only() -> None:
    t = table(C4_HEADER)
    assert t.header == C4_HEADER_CELLS
    assert t.header_line == 1
    assert items(t) == []


def test_read_table_header_only_after_preamble_without_final_newline() -> None:
    t = table(PREAMBLE + C4_HEADER)
    assert t.header == C4_HEADER_CELLS
    assert t.header_line == 4
    assert items(t) == []
