"""Tables: find the header by its signature, sniff the dialect, yield rows with line numbers.

This module knows nothing about LinkedIn formats: the caller passes a ``header_score`` function
(built from the format registry) that says how much a candidate line looks like a known header.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import attrs

from linkedin_export._reading.decode import text_lines

__all__ = ["HEAD_CHARS", "MalformedRow", "Row", "Table", "read_lines", "read_table"]

#: A data row: the 1-based physical line where it starts, and its cells.
Row = tuple[int, list[str]]


@attrs.frozen
class MalformedRow:
    """A row that could not be turned into cells matching the header.

    Attributes:
        line: 1-based physical line where the row starts.
        content: the row's content as found (cells re-joined, or the raw text), never dropped.
        reason: a short human-readable reason ("7 fields where the header has 6").
        raw: the physical lines the row was read from, line breaks kept (bounded like
            ``content``); what a repair (:attr:`FileSpec.rows`) can read again.
    """

    line: int
    content: str
    reason: str
    raw: str = attrs.field(default="", eq=False, repr=False)


@attrs.define
class Table:
    """A parsed table, rows still to be read.

    Attributes:
        header: header cells as written (surrounding whitespace and a stray BOM removed).
        header_line: 1-based physical line of the header, or ``None`` when the file has none.
        rows: data rows in file order, and malformed rows in their place; blank and padding rows
            (every cell empty) are skipped and counted in ``blank_rows`` while iterating.
        delimiter: the sniffed delimiter (``None`` for non-CSV sources such as vCard).
        preamble: the lines before the header that were skipped (``Notes:`` text), as found.
        blank_rows: how many blank or padding rows were skipped (final once ``rows`` is exhausted).
    """

    header: tuple[str, ...]
    header_line: int | None
    rows: Iterator[Row | MalformedRow]
    delimiter: str | None = None
    preamble: tuple[str, ...] = ()
    blank_rows: int = 0


HeaderScore = Callable[[Sequence[str]], float]
"""Says how much a list of cells looks like a known header: 0 (not at all) to 1 (exactly)."""

#: Delimiters tried, in order of preference on ties.
_DELIMITERS = (",", "\t", ";", "|")
#: How many non-blank lines at the top are considered as the header.
_HEADER_SEARCH_LINES = 30
#: A candidate header must score at least this to win over the first line.
_MIN_SCORE = 0.5
#: How much of the start of the text is searched for the header.
HEAD_CHARS = _HEAD_CHARS = 256 * 1024
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BLANK_CHARS = ' \t,;|"\ufeff'


def read_table(
    text: str, *, header_score: HeaderScore | None = None, max_field: int = 64 * 1024**2
) -> Table:
    """Parse ``text`` into a :class:`Table`.

    The header is the line among the first few non-blank ones that ``header_score`` rates highest
    (with its best delimiter); lines before it are the preamble (the ``Notes:`` block of
    Connections.csv). Without a convincing candidate, a leading ``Notes:`` block and blank lines are
    skipped and the next line is the header. Rows are read with the standard ``csv`` module, so
    quoting, doubled quotes, CRLF or LF and a missing final newline are handled; rows whose field
    count does not fit the header come out as :class:`MalformedRow`.
    """
    return read_lines(
        text[:_HEAD_CHARS],
        text_lines(text),
        header_score=header_score,
        max_field=max_field,
    )


def read_lines(
    head: str,
    lines: Iterable[str],
    *,
    header_score: HeaderScore | None = None,
    max_field: int = 64 * 1024**2,
) -> Table:
    """Like :func:`read_table`, for text read incrementally (constant memory).

    Args:
        head: the start of the text (at least the first :data:`HEAD_CHARS` characters when the
            text is longer), where the header is looked for.
        lines: the physical lines of the whole text from its start, line breaks kept (a text
            stream opened with ``newline=""``); consumed as the rows are read.
    """
    search = _LINE_BREAK.split(head, maxsplit=_HEADER_SEARCH_LINES * 4)
    header_index, delimiter = _locate_header(search, header_score)
    if header_index is None:
        return Table(header=(), header_line=None, rows=iter(()), delimiter=None)
    if csv.field_size_limit() < max_field:
        # Process-wide, so only ever raised (LinkedIn messages and résumé texts exceed the default
        # of 128 KiB); a lower ``max_field`` than the process-wide limit is checked per row.
        csv.field_size_limit(max_field)
    source = iter(lines)
    for _ in range(header_index):
        next(source, None)
    tape = _Tape(source)
    reader = csv.reader(tape, delimiter=delimiter, strict=False)
    header = tuple(cell.strip().lstrip("\ufeff").strip() for cell in next(reader, []))
    preamble = tuple(line for line in search[:header_index] if line.strip())
    table = Table(
        header=header,
        header_line=header_index + 1,
        rows=iter(()),
        delimiter=delimiter,
        preamble=preamble,
    )
    table.rows = _rows(table, _records(reader, tape, header_index), max_field=max_field)
    return table


def _locate_header(lines: list[str], header_score: HeaderScore | None) -> tuple[int | None, str]:
    """Index of the header line and its delimiter."""
    candidates: list[int] = []
    first_after_notes: int | None = None
    in_notes = False
    for index, line in enumerate(lines[:-1] if len(lines) > 1 else lines):
        blank = not line.strip(_BLANK_CHARS)
        if in_notes:
            in_notes = not blank
            continue
        if blank:
            continue
        if line.strip(_BLANK_CHARS).lower().startswith("notes:"):
            in_notes = True
            continue
        if first_after_notes is None:
            first_after_notes = index
        candidates.append(index)
        if len(candidates) >= _HEADER_SEARCH_LINES:
            break
    if first_after_notes is None:
        # Only blank lines (or only a Notes: block): a table without header or rows.
        nonblank = [i for i, line in enumerate(lines) if line.strip(_BLANK_CHARS)]
        if not nonblank:
            return None, ","
        first_after_notes = nonblank[0]
        candidates = nonblank[:_HEADER_SEARCH_LINES]
    best: tuple[float, int, str] | None = None
    if header_score is not None:
        for index in candidates:
            for delimiter in _DELIMITERS:
                cells = _split(lines[index], delimiter)
                if len(cells) < 2 and delimiter != ",":
                    continue
                score = header_score(cells)
                if score >= _MIN_SCORE and (best is None or score > best[0]):
                    best = (score, index, delimiter)
    if best is not None:
        return best[1], best[2]
    return first_after_notes, _sniff_delimiter(lines[first_after_notes])


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter, strict=False), [])
    except csv.Error:  # a field over csv.field_size_limit(): not a header
        return [line]


def _sniff_delimiter(line: str) -> str:
    """The delimiter that splits the line into the most cells (comma on ties)."""
    return max(_DELIMITERS, key=lambda d: (len(_split(line, d)), d == ","))


#: Most characters of a malformed row's content kept in its warning.
_MAX_CONTENT = 64 * 1024

# A record read by the csv module: its first physical line, its cells or the error, and the
# physical lines it was read from (kept only until the next record is read).
_Record = tuple[int, "list[str] | csv.Error", list[str]]


class _Tape:
    """The lines given to the csv reader, remembering those of the record being read."""

    __slots__ = ("lines", "source")

    def __init__(self, source: Iterator[str]) -> None:
        self.source = source
        self.lines: list[str] = []

    def __iter__(self) -> _Tape:
        return self

    def __next__(self) -> str:
        line = next(self.source)
        self.lines.append(line)
        return line


def _records(reader: Any, tape: _Tape, offset: int) -> Iterator[_Record]:
    """Records of ``reader`` with physical line numbers (``offset`` lines precede its input)."""
    while True:
        start = offset + reader.line_num + 1
        tape.lines = []
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield start, error, tape.lines
            continue
        yield start, cells, tape.lines


def _unclosed_quote(raw: list[str], delimiter: str) -> bool:
    """Whether ``raw`` (the last record's lines) ends inside an unclosed quoted field."""
    try:
        for _ in csv.reader(raw, delimiter=delimiter, strict=True):
            pass
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


def _rows(table: Table, records: Iterator[_Record], max_field: int) -> Iterator[Row | MalformedRow]:
    header = table.header
    width = len(header)
    # Trailing empty header cells (a trailing delimiter) need not be present in every row.
    min_width = width
    while min_width > 1 and not header[min_width - 1]:
        min_width -= 1
    delimiter = table.delimiter or ","
    check_size = max_field < csv.field_size_limit()
    first = header[0] if header else ""
    pending = next(records, None)
    while pending is not None:
        following = next(records, None)
        start, cells, raw = pending
        pending = following
        if isinstance(cells, csv.Error):
            text = _bounded("".join(raw))
            yield MalformedRow(start, text, f"the CSV reader failed: {cells}", text)
            continue
        if following is None and raw and _unclosed_quote(raw, delimiter):
            # A quote opened and never closed ran to the end of the file, swallowing every line
            # after it: report its first line, and read the lines after it again.
            yield MalformedRow(
                start,
                _bounded(raw[0].rstrip("\r\n")),
                "a quote opened on this line is never closed; the lines after it were read again",
            )
            if len(raw) > 1:
                tape = _Tape(iter(raw[1:]))
                again = csv.reader(tape, delimiter=delimiter, strict=False)
                records = _records(again, tape, start)
                pending = next(records, None)
            continue
        count = len(cells)
        if check_size and any(len(cell) > max_field for cell in cells):
            yield MalformedRow(
                start, _bounded(_join(cells, delimiter)), f"a field is over {max_field} characters"
            )
            continue
        if count == width and any(cells):
            if (cells[0] == first or cells[0][:1] == "\ufeff") and _header_again(cells, header):
                yield MalformedRow(
                    start,
                    _bounded(_join(cells, delimiter)),
                    "the header again (two copies of the file joined into one?)",
                    _bounded("".join(raw)),
                )
                continue
            yield start, cells
            continue
        if not "".join(cells).strip():
            table.blank_rows += 1
            continue
        if count > width and not "".join(cells[width:]).strip():
            yield start, cells[:width]
        elif min_width <= count < width:
            yield start, cells + [""] * (width - count)
        else:
            yield MalformedRow(
                start,
                _bounded(_join(cells, delimiter)),
                f"{count} field{'s' if count != 1 else ''} where the header has {width}",
                _bounded("".join(raw)),
            )


def _header_again(cells: list[str], header: tuple[str, ...]) -> bool:
    """Whether a row repeats the header (after a byte-order mark, when files were joined), and
    removes that mark from a row that does not."""
    if cells[0][:1] == "\ufeff":
        cells[0] = cells[0].lstrip("\ufeff")
    elif len(cells) < 2:  # a one-column file may hold a value spelled like its header
        return False
    return all(cell.strip() == name for cell, name in zip(cells, header, strict=True))


def _bounded(content: str) -> str:
    if len(content) <= _MAX_CONTENT:
        return content
    return f"{content[:_MAX_CONTENT]}… [{len(content) - _MAX_CONTENT} more characters not kept]"


def _join(cells: list[str], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerow(cells)
    return out.getvalue().rstrip("\n")
