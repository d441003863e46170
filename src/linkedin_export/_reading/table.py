"""Tables: find the header by its signature, sniff the dialect, yield rows with line numbers.

This module knows nothing about LinkedIn formats: the caller passes a ``header_score`` function
(built from the format registry) that says how much a candidate line looks like a known header.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import attrs

__all__ = ["MalformedRow", "Row", "Table", "read_table"]

#: A data row: the 1-based physical line where it starts, and its cells.
Row = tuple[int, list[str]]


@attrs.frozen
class MalformedRow:
    """A row that could not be turned into cells matching the header.

    Attributes:
        line: 1-based physical line where the row starts.
        content: the row's content as found (cells re-joined, or the raw text), never dropped.
        reason: a short human-readable reason ("7 fields where the header has 6").
    """

    line: int
    content: str
    reason: str


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
    lines = _LINE_BREAK.split(text[: 256 * 1024], maxsplit=_HEADER_SEARCH_LINES * 4)
    header_index, delimiter = _locate_header(lines, header_score)
    if header_index is None:
        return Table(header=(), header_line=None, rows=iter(()), delimiter=None)
    if csv.field_size_limit() < max_field:
        # Process-wide, so only ever raised (LinkedIn messages and résumé texts exceed the default
        # of 128 KiB); a lower ``max_field`` than the process-wide limit is checked per row.
        csv.field_size_limit(max_field)
    stream = io.StringIO(text, newline="")
    for _ in range(header_index):
        stream.readline()
    reader = csv.reader(stream, delimiter=delimiter, strict=False)
    header = tuple(cell.strip().lstrip("\ufeff").strip() for cell in next(reader, []))
    preamble = tuple(line for line in lines[:header_index] if line.strip())
    table = Table(
        header=header,
        header_line=header_index + 1,
        rows=iter(()),
        delimiter=delimiter,
        preamble=preamble,
    )
    table.rows = _rows(
        table,
        reader,
        first_line=header_index + 1 + reader.line_num,
        text=text,
        max_field=max_field,
    )
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
    return next(csv.reader([line], delimiter=delimiter, strict=False), [])


def _sniff_delimiter(line: str) -> str:
    """The delimiter that splits the line into the most cells (comma on ties)."""
    return max(_DELIMITERS, key=lambda d: (len(_split(line, d)), d == ","))


#: Most characters of a malformed row's content kept in its warning.
_MAX_CONTENT = 64 * 1024
_PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")

# A record read by the csv module: first and last physical line, and its cells or the error.
_Record = tuple[int, int, "list[str] | csv.Error"]


def _records(reader: Any, offset: int) -> Iterator[_Record]:
    """Records of ``reader`` with physical line numbers (``offset`` lines precede its input)."""
    while True:
        start = offset + reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield start, offset + reader.line_num, error
            continue
        yield start, offset + reader.line_num, cells


def _tail(text: str, count: int) -> list[str]:
    """The last ``count`` physical lines of ``text`` (line breaks kept)."""
    lines: list[str] = []
    end = len(text)
    while len(lines) < count and end > 0:
        # Scan back in growing windows until enough line breaks are seen.
        window = max(4096, (end // max(count, 1)) if count > 1000 else 4096)
        start = max(0, end - window * (count - len(lines) + 1))
        chunk = _PHYSICAL_LINE.findall(text, start, end)
        if start > 0:
            chunk = chunk[1:]  # the first match may be a partial line
        if not chunk:
            start = 0
            chunk = _PHYSICAL_LINE.findall(text, 0, end)
        lines[:0] = chunk
        end = end - sum(len(line) for line in chunk)
    return lines[-count:]


def _unclosed_quote(raw: str, delimiter: str) -> bool:
    """Whether ``raw`` (the last record's lines) ends inside an unclosed quoted field."""
    try:
        for _ in csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as error:
        return "unexpected end of data" in str(error)
    return False


def _rows(
    table: Table, reader: Any, first_line: int, text: str, max_field: int
) -> Iterator[Row | MalformedRow]:
    header = table.header
    width = len(header)
    # Trailing empty header cells (a trailing delimiter) need not be present in every row.
    min_width = width
    while min_width > 1 and not header[min_width - 1]:
        min_width -= 1
    delimiter = table.delimiter or ","
    check_size = max_field < csv.field_size_limit()
    records = _records(reader, first_line - reader.line_num - 1)
    pending = next(records, None)
    while pending is not None:
        following = next(records, None)
        start, end, cells = pending
        pending = following
        if isinstance(cells, csv.Error):
            raw = "".join(_lines_between(text, start, end, last=following is None))
            yield MalformedRow(start, _bounded(raw), f"the CSV reader failed: {cells}")
            continue
        if (
            following is None
            and (lines := _tail(text, end - start + 1))
            and _unclosed_quote("".join(lines), delimiter)
        ):
            # A quote opened and never closed ran to the end of the file, swallowing every line
            # after it: report its first line, and read the lines after it again.
            yield MalformedRow(
                start,
                _bounded(lines[0].rstrip("\r\n")),
                "a quote opened on this line is never closed; the lines after it were read again",
            )
            rest = "".join(lines[1:])
            if rest:
                again = csv.reader(io.StringIO(rest, newline=""), delimiter=delimiter, strict=False)
                records = _records(again, start)
                pending = next(records, None)
            continue
        count = len(cells)
        if check_size and any(len(cell) > max_field for cell in cells):
            yield MalformedRow(
                start, _bounded(_join(cells, delimiter)), f"a field is over {max_field} characters"
            )
            continue
        if count == width and any(cells):
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
            )


def _lines_between(text: str, start: int, end: int, *, last: bool) -> list[str]:
    """Physical lines ``start`` to ``end`` (only computed on the rare error path)."""
    if last:
        return _tail(text, end - start + 1)
    lines: list[str] = []
    for number, match in enumerate(_PHYSICAL_LINE.finditer(text), start=1):
        if number > end:
            break
        if number >= start:
            lines.append(match.group())
    return lines


def _bounded(content: str) -> str:
    if len(content) <= _MAX_CONTENT:
        return content
    return f"{content[:_MAX_CONTENT]}… [{len(content) - _MAX_CONTENT} more characters not kept]"


def _join(cells: list[str], delimiter: str) -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\n").writerow(cells)
    return out.getvalue().rstrip("\n")
