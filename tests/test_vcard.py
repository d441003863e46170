"""Tests for the vCard reader (``linkedin_export._reading.vcard``); all data is invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from linkedin_export._reading.table import MalformedRow, Row, Table
from linkedin_export._reading.vcard import FIXED_COLUMNS, looks_like_vcard, read_vcards

CRLF = "\r\n"
OUTSIDE = "text outside a vCard (not between BEGIN:VCARD and END:VCARD)"


def vcf(*lines: str, eol: str = CRLF) -> str:
    """Join ``lines`` into a vCard file text with ``eol`` line endings."""
    return eol.join(lines) + eol


def items(table: Table) -> list[Row | MalformedRow]:
    """Exhaust the table's rows."""
    return list(table.rows)


def only_rows(table: Table) -> list[Row]:
    """The table's rows, asserting that none is malformed."""
    result: list[Row] = []
    for item in table.rows:
        assert not isinstance(item, MalformedRow), item
        result.append(item)
    return result


def record(header: tuple[str, ...], cells: list[str]) -> dict[str, list[str]]:
    """Column name -> cells under every column of that name (duplicates collected in order)."""
    assert len(cells) == len(header)
    result: dict[str, list[str]] = {}
    for name, cell in zip(header, cells, strict=True):
        result.setdefault(name, []).append(cell)
    return result


def single(text: str) -> dict[str, list[str]]:
    """Read a one-card text and return its record."""
    table = read_vcards(text)
    rows = only_rows(table)
    assert len(rows) == 1
    return record(table.header, rows[0][1])


CARD_30 = vcf(
    "BEGIN:VCARD",
    "VERSION:3.0",
    "N:Thornbury;Maren;Elise;Dr.;PhD",
    "FN:Dr. Maren Elise Thornbury",
    "ORG:Fernwood Labs;Research;Applied Optics",
    "TITLE:Principal Scientist",
    "EMAIL;TYPE=INTERNET;TYPE=WORK:maren.thornbury@fernwood-labs.io",
    "EMAIL;TYPE=INTERNET;TYPE=HOME:maren@quillmere.example",
    "TEL;TYPE=WORK,VOICE:+1 212 555 0142",
    "TEL;TYPE=CELL:+1 212 555 0177",
    "TEL;TYPE=HOME:+44 20 7946 0321",
    "URL:https://www.fernwood-labs.io/people/maren",
    "NOTE:Met at the optics meetup.\\nFollow up in spring.",
    "BDAY:1990-03-14",
    "ADR;TYPE=WORK:;Suite 4;12 Larch Row;Brightwater;NY;10001;USA",
    "END:VCARD",
)


def test_vcard30_full_card() -> None:
    table = read_vcards(CARD_30)
    assert table.header == (
        "FN",
        "N.family",
        "N.given",
        "N.additional",
        "N.prefix",
        "N.suffix",
        "ORG",
        "ORG.unit",
        "TITLE",
        "EMAIL",
        "EMAIL",
        "TEL",
        "TEL",
        "TEL",
        "URL",
        "NOTE",
        "BDAY",
        "ADR",
    )
    rows = only_rows(table)
    assert rows[0][0] == 1
    assert rows[0][1] == [
        "Dr. Maren Elise Thornbury",
        "Thornbury",
        "Maren",
        "Elise",
        "Dr.",
        "PhD",
        "Fernwood Labs",
        "Research, Applied Optics",
        "Principal Scientist",
        "maren.thornbury@fernwood-labs.io",
        "maren@quillmere.example",
        "+1 212 555 0142",
        "+1 212 555 0177",
        "+44 20 7946 0321",
        "https://www.fernwood-labs.io/people/maren",
        "Met at the optics meetup.\nFollow up in spring.",
        "1990-03-14",
        "Suite 4, 12 Larch Row, Brightwater, NY, 10001, USA",
    ]


def test_table_metadata_and_iterator() -> None:
    table = read_vcards(CARD_30)
    assert table.header_line is None
    assert table.delimiter is None
    assert table.preamble == ()
    assert isinstance(table.rows, Iterator)
    assert len(list(table.rows)) == 1
    assert list(table.rows) == []  # an iterator, consumed once


def test_empty_text_has_fixed_header_and_no_rows() -> None:
    table = read_vcards("")
    assert table.header == FIXED_COLUMNS
    assert items(table) == []


def test_vcard21_quoted_printable_and_bare_params() -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Garc=C3=ADa;Jos=C3=",
        "=A9;;;",
        "FN;CHARSET=UTF-8;QUOTED-PRINTABLE:Jos=C3=A9 Garc=C3=ADa",
        "TEL;WORK;VOICE:+1 212 555 0108",
        "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9 meeting=0D=0Asecond l=",
        "ine with =3D sign",
        "ORG;ENCODING=QUOTED-PRINTABLE:Fernwood Labs",
        "END:VCARD",
    )
    got = single(text)
    assert got["FN"] == ["José García"]
    assert got["N.family"] == ["García"]
    assert got["N.given"] == ["José"]
    assert got["TEL"] == ["+1 212 555 0108"]
    assert got["NOTE"] == ["Café meeting\nsecond line with = sign"]
    assert got["ORG"] == ["Fernwood Labs"]


@pytest.mark.parametrize(
    ("params", "encoded", "expected"),
    [
        ("CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE", "Ren=E9e", "Renée"),
        ("ENCODING=QUOTED-PRINTABLE", "Ren=E9e", "Renée"),  # invalid UTF-8 -> cp1252
        ("CHARSET=NO-SUCH-CHARSET;ENCODING=QUOTED-PRINTABLE", "Ren=E9e", "Renée"),
        ("ENCODING=QUOTED-PRINTABLE", "50=", "50"),  # dangling soft break at the end
        ("ENCODING=QUOTED-PRINTABLE", "a=ZZb", "a=ZZb"),  # not an escape: kept
    ],
)
def test_quoted_printable_charsets(params: str, encoded: str, expected: str) -> None:
    got = single(vcf("BEGIN:VCARD", "VERSION:2.1", f"FN;{params}:{encoded}", "END:VCARD"))
    assert got["FN"] == [expected]


def test_vcard21_escapes_only_semicolons() -> None:
    text = vcf("BEGIN:VCARD", "VERSION:2.1", "NOTE:C:\\new\\; done", "END:VCARD")
    assert single(text)["NOTE"] == ["C:\\new; done"]


def test_vcard40_uri_tel_grouped_email_quoted_param() -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:4.0",
        "FN:Odile Prewitt",
        'TEL;VALUE=uri;TYPE="work,voice":tel:+1-212-555-0123',
        "TEL;VALUE=uri:TEL:+1-212-555-0199",
        "item1.EMAIL;TYPE=work:odile@fernwood-labs.io",
        "item1.X-ABLabel:_$!<Work>!$_",
        "EMAIL:mailto:odile.p@quillmere.example",
        "END:VCARD",
    )
    got = single(text)
    assert got["TEL"] == ["+1-212-555-0123", "+1-212-555-0199"]
    assert got["EMAIL"] == ["odile@fernwood-labs.io", "mailto:odile.p@quillmere.example"]
    assert got["X-ABLABEL"] == ["_$!<Work>!$_"]


def test_colon_inside_quoted_param_value() -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:4.0",
        'EMAIL;PID=1;LABEL="desk: 4th floor";TYPE=work:tamsin@fernwood-labs.io',
        "END:VCARD",
    )
    assert single(text)["EMAIL"] == ["tamsin@fernwood-labs.io"]


@pytest.mark.parametrize("eol", [CRLF, "\n", "\r"])
def test_folded_lines_space_and_tab(eol: str) -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Bartholomew Quince",
        "NOTE:This note is long enough that the writer fo",
        " lded it twice, once with a space and o",
        "\tnce with a tab.",
        "EMAIL:bart.quince@fern",
        " wood-labs.io",
        "END:VCARD",
        eol=eol,
    )
    got = single(text)
    expected = "This note is long enough that the writer folded it twice, once with a space and o"
    assert got["NOTE"] == [expected + "nce with a tab."]
    assert got["EMAIL"] == ["bart.quince@fernwood-labs.io"]


def test_fold_removes_only_one_whitespace_char() -> None:
    text = vcf("BEGIN:VCARD", "VERSION:3.0", "FN:Ada", "  Vell", "END:VCARD")
    assert single(text)["FN"] == ["Ada Vell"]


def test_escaped_comma_and_semicolon_in_org_and_n() -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Okafor\\, Jr.;Chidi;Amos,Kelechi;;",
        "FN:Chidi Okafor",
        "ORG:Fernwood Labs\\, Inc.;R\\;D;Data\\\\Platform",
        "TITLE:Lead\\, Sensors",
        "END:VCARD",
    )
    got = single(text)
    assert got["N.family"] == ["Okafor, Jr."]
    assert got["N.given"] == ["Chidi"]
    assert got["N.additional"] == ["Amos, Kelechi"]
    assert got["N.prefix"] == [""]
    assert got["N.suffix"] == [""]
    assert got["ORG"] == ["Fernwood Labs, Inc."]
    assert got["ORG.unit"] == ["R;D, Data\\Platform"]
    assert got["TITLE"] == ["Lead, Sensors"]


def test_short_n_and_apple_escaped_url() -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "N:Lindqvist",
        "item2.URL;type=pref:http\\://www.fernwood-labs.io/team",
        "END:VCARD",
    )
    got = single(text)
    assert got["N.family"] == ["Lindqvist"]
    assert got["N.given"] == [""]
    assert got["URL"] == ["http://www.fernwood-labs.io/team"]


def test_several_cards_header_repetition_and_alignment() -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Ivo Marsh",
        "TEL:+1 212 555 0101",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Wren Galloway",
        "EMAIL:wren@fernwood-labs.io",
        "EMAIL:wren.g@quillmere.example",
        "EMAIL:wg@ashcombe.example",
        "URL:https://ashcombe.example/wren",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Pell Okonkwo",
        "TEL:+44 20 7946 0011",
        "TEL:+44 20 7946 0012",
        "ADR:;;1 Quay St;Harbourton;;;UK",
        "ADR:;;9 Mill Ln;Harbourton;;;UK",
        "END:VCARD",
    )
    table = read_vcards(text)
    assert table.header == (
        *FIXED_COLUMNS[:9],
        "EMAIL",
        "EMAIL",
        "EMAIL",
        "TEL",
        "TEL",
        "URL",
        "NOTE",
        "BDAY",
        "ADR",
        "ADR",
    )
    rows = only_rows(table)
    assert [line for line, _ in rows] == [1, 6, 14]
    assert all(len(cells) == len(table.header) for _, cells in rows)
    first, second, third = (record(table.header, cells) for _, cells in rows)
    assert first["FN"] == ["Ivo Marsh"]
    assert first["TEL"] == ["+1 212 555 0101", ""]
    assert first["EMAIL"] == ["", "", ""]
    assert second["EMAIL"] == [
        "wren@fernwood-labs.io",
        "wren.g@quillmere.example",
        "wg@ashcombe.example",
    ]
    assert second["TEL"] == ["", ""]
    assert second["URL"] == ["https://ashcombe.example/wren"]
    assert third["TEL"] == ["+44 20 7946 0011", "+44 20 7946 0012"]
    assert third["ADR"] == ["1 Quay St, Harbourton, UK", "9 Mill Ln, Harbourton, UK"]


def test_unknown_properties_become_extra_columns_in_order() -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Sable Achterberg",
        "X-SOCIALPROFILE;type=linkedin:https://www.linkedin.example/in/sable",
        "NICKNAME:Sab",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Corin Vale",
        "CATEGORIES:friends,work",
        "x-socialprofile:https://a.example/corin",
        "X-SOCIALPROFILE:https://b.example/corin",
        "PRODID:-//Invented//Writer//EN",
        "END:VCARD",
    )
    table = read_vcards(text)
    distinct = tuple(dict.fromkeys(table.header))
    assert distinct[: len(FIXED_COLUMNS)] == FIXED_COLUMNS
    runs = [
        name
        for index, name in enumerate(table.header)
        if table.header[index - 1 : index] != (name,)
    ]
    assert len(runs) == len(distinct)  # repeated names are consecutive
    assert table.header[len(FIXED_COLUMNS) :] == (
        "X-SOCIALPROFILE",
        "X-SOCIALPROFILE",
        "NICKNAME",
        "CATEGORIES",
        "PRODID",
    )
    assert "VERSION" not in table.header
    rows = only_rows(table)
    first, second = (record(table.header, cells) for _, cells in rows)
    assert first["X-SOCIALPROFILE"] == ["https://www.linkedin.example/in/sable", ""]
    assert first["NICKNAME"] == ["Sab"]
    assert first["CATEGORIES"] == [""]
    assert second["X-SOCIALPROFILE"] == ["https://a.example/corin", "https://b.example/corin"]
    assert second["CATEGORIES"] == ["friends,work"]
    assert second["PRODID"] == ["-//Invented//Writer//EN"]


def test_repeated_single_valued_properties_go_to_extra_columns() -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Juno Hartigan",
        "ORG:Fernwood Labs;Optics",
        "ORG:Quillmere Trust;Board",
        "TITLE:Engineer",
        "TITLE:Advisor",
        "FN:J. Hartigan",
        "END:VCARD",
    )
    table = read_vcards(text)
    assert table.header[len(FIXED_COLUMNS) :] == ("X-EXTRA-ORG", "X-EXTRA-TITLE", "X-EXTRA-FN")
    got = single(text)
    assert got["ORG"] == ["Fernwood Labs"]
    assert got["ORG.unit"] == ["Optics"]
    assert got["X-EXTRA-ORG"] == ["Quillmere Trust, Board"]
    assert got["TITLE"] == ["Engineer"]
    assert got["X-EXTRA-TITLE"] == ["Advisor"]
    assert got["FN"] == ["Juno Hartigan"]
    assert got["X-EXTRA-FN"] == ["J. Hartigan"]


def test_photo_base64_kept_raw() -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "FN:Nell Brisco",
        "PHOTO;ENCODING=BASE64;TYPE=JPEG:",
        "    /9j/4AAQSkZJRgABAQAAAQABAAD",
        "    /2wBDAAgGBgcGBQgHBwcJCQgKDA==",
        "",
        "END:VCARD",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Rhys Tallow",
        "PHOTO;ENCODING=b;TYPE=JPEG:iVBORw0KGgo\\nAAAA",
        "END:VCARD",
    )
    table = read_vcards(text)
    first, second = (record(table.header, cells) for _, cells in only_rows(table))
    assert first["PHOTO"] == ["/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDA=="]
    assert second["PHOTO"] == ["iVBORw0KGgo\\nAAAA"]


def test_line_numbers_with_leading_blank_lines_and_bom() -> None:
    text = "\ufeff" + vcf(
        "",
        "",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Tove Ingram",
        "END:VCARD",
        "",
        "begin:vcard",
        "version:3.0",
        "fn:Amos Pike",
        "end:vcard",
    )
    table = read_vcards(text)
    rows = only_rows(table)
    assert [line for line, _ in rows] == [3, 8]
    assert [cells[0] for _, cells in rows] == ["Tove Ingram", "Amos Pike"]


def test_missing_end_at_eof_still_yields_row() -> None:
    text = vcf("BEGIN:VCARD", "VERSION:3.0", "FN:Edda Lorn", "EMAIL:edda@fernwood-labs.io")
    got = single(text)
    assert got["FN"] == ["Edda Lorn"]
    assert got["EMAIL"] == ["edda@fernwood-labs.io"]


def test_begin_inside_card_starts_a_new_card() -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:2.1",
        "FN:Hale Mercer",
        "AGENT:",
        "BEGIN:VCARD",
        "VERSION:2.1",
        "FN:Agent Sorrel",
        "END:VCARD",
        "TEL:+1 212 555 0150",
        "END:VCARD",
    )
    table = read_vcards(text)
    result = items(table)
    assert [item[0] for item in result if isinstance(item, tuple)] == [1, 5]
    stray = [item for item in result if isinstance(item, MalformedRow)]
    assert [(m.line, m.content, m.reason) for m in stray] == [
        (9, "TEL:+1 212 555 0150", OUTSIDE),
        (10, "END:VCARD", OUTSIDE),
    ]


def test_garbage_outside_cards_is_reported_in_position() -> None:
    text = vcf(
        "Exported contacts",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Lark Denholm",
        "END:VCARD",
        "   ",
        "stray line between cards",
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Moss Fairley",
        "END:VCARD",
    )
    result = items(read_vcards(text))
    assert result[0] == MalformedRow(1, "Exported contacts", OUTSIDE)
    assert isinstance(result[1], tuple)
    assert result[1][0] == 2
    assert result[2] == MalformedRow(7, "stray line between cards", OUTSIDE)
    assert isinstance(result[3], tuple)
    assert result[3][0] == 8
    assert len(result) == 4


def test_line_without_colon_is_malformed_and_card_continues() -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Quinn Arbery",
        "this line has no colon",
        "EMAIL:quinn@fernwood-labs.io",
        "Bad Name With Spaces: value",
        "END:VCARD",
    )
    table = read_vcards(text)
    result = items(table)
    assert len(result) == 3
    row = result[0]
    assert isinstance(row, tuple)
    assert row[0] == 1
    got = record(table.header, row[1])
    assert got["FN"] == ["Quinn Arbery"]
    assert got["EMAIL"] == ["quinn@fernwood-labs.io"]
    assert result[1] == MalformedRow(4, "this line has no colon", "vCard line without ':'")
    assert result[2] == MalformedRow(
        6, "Bad Name With Spaces: value", "vCard line without a valid property name"
    )


def test_empty_card_is_malformed() -> None:
    text = vcf(
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:",
        "END:VCARD",
        "BEGIN:VCARD",
        "FN:Oren Blythe",
        "END:VCARD",
    )
    table = read_vcards(text)
    result = items(table)
    assert result[0] == MalformedRow(1, "BEGIN:VCARD\nVERSION:3.0\nFN:\nEND:VCARD", "empty vCard")
    assert isinstance(result[1], tuple)
    assert result[1][0] == 5
    assert result[1][1][0] == "Oren Blythe"


@pytest.mark.parametrize(
    "text",
    [
        "BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n",
        "\ufeffBEGIN:VCARD\nFN:x\nEND:VCARD",
        "\n\n  \r\n\tbegin:vcard\n",
        "  \ufeffBegin:VCard",
    ],
)
def test_looks_like_vcard_positive(text: str) -> None:
    assert looks_like_vcard(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "First Name,Last Name,Email Address\nAda,Vell,ada@fernwood-labs.io\n",
        "Notes:\nBEGIN:VCARD\n",
        "BEGIN:VCALENDAR\n",
        "BEGIN VCARD\n",
    ],
)
def test_looks_like_vcard_negative(text: str) -> None:
    assert not looks_like_vcard(text)


def check_table(table: Table) -> None:
    """Every row can be read and has one cell per header column."""
    for item in table.rows:
        if isinstance(item, MalformedRow):
            assert item.line >= 1
        else:
            line, cells = item
            assert line >= 1
            assert len(cells) == len(table.header)
    distinct = tuple(dict.fromkeys(table.header))
    assert distinct[: len(FIXED_COLUMNS)] == FIXED_COLUMNS
    runs = [
        name
        for index, name in enumerate(table.header)
        if table.header[index - 1 : index] != (name,)
    ]
    assert len(runs) == len(distinct)  # repeated names are consecutive


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_raises_on_arbitrary_text(text: str) -> None:
    check_table(read_vcards(text))
    looks_like_vcard(text)


SAMPLE = CARD_30 + vcf(
    "BEGIN:VCARD",
    "VERSION:2.1",
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Garc=C3=ADa;Jos=C3=",
    "=A9;;;",
    "TEL;WORK;VOICE:+1 212 555 0108",
    'item1.EMAIL;TYPE="work,voice":jg@fernwood-labs.io',
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:",
    "  /9j/4AAQSkZJRgABAQ",
    "",
    "END:VCARD",
)


@st.composite
def mutated_sample(draw: st.DrawFn) -> str:
    """The sample file with a few random insertions, deletions and replacements."""
    text = SAMPLE
    pieces = st.sampled_from(
        [
            "\r\n",
            "\n",
            "\r",
            " ",
            "\t",
            ":",
            ";",
            "=",
            '"',
            "\\",
            ",",
            ".",
            "BEGIN:VCARD",
            "END:VCARD",
        ]
    )
    for _ in range(draw(st.integers(min_value=1, max_value=8))):
        start = draw(st.integers(min_value=0, max_value=len(text)))
        end = draw(st.integers(min_value=start, max_value=min(len(text), start + 20)))
        insert = draw(st.one_of(pieces, st.text(max_size=5)))
        text = text[:start] + insert + text[end:]
    return text


@settings(max_examples=200, deadline=None)
@given(mutated_sample())
def test_never_raises_on_mutated_vcards(text: str) -> None:
    check_table(read_vcards(text))
