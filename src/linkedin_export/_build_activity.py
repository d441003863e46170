"""Converters and builders of the activity files: shares, comments, rich media, events, learning
(FORMATS.md §4.30-§4.40, §4.48).

Converters follow the contract of :mod:`linkedin_export._values`: one non-empty cell in, a value
out, :class:`~linkedin_export._values.ValueProblem` (or a :class:`WithWarning`) for cells that
cannot be read as they should.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs

from linkedin_export._reading.table import MalformedRow, Row, Table
from linkedin_export._values import ValueProblem, WithWarning, clean_text
from linkedin_export._values_time import instant, not_available
from linkedin_export.diagnostics import DataWarning, WarningCode
from linkedin_export.models import FrozenDict
from linkedin_export.models.activity import Event, RichMedia

if TYPE_CHECKING:
    from linkedin_export._engine import RowContext

__all__ = [
    "Upload",
    "build_event",
    "build_rich_media",
    "comment_message",
    "comment_rows",
    "event_time",
    "instant_unless_na",
    "share_commentary",
    "unless_dash",
    "upload_sentence",
    "upload_sentence_lenient",
]

# --- Shares: the per-paragraph quotes (§4.30) -----------------------------------------------------

#: A line break with the literal quote LinkedIn puts before and after it (each optional).
_WRAPPED_BREAK = re.compile(r'"?(\r\n|\r|\n)"?')


def share_commentary(value: str) -> str | None:
    """The text of a post without LinkedIn's per-paragraph quotes.

    LinkedIn wraps each paragraph of ``ShareCommentary`` in literal quotes inside the CSV-quoted
    field, so a decoded paragraph break reads ``end."`` ⏎ ``"Next`` and a blank line ``""``. One
    ``"`` right before and one right after each line break is removed (line breaks are kept as
    written); this is LinkedIn's own format, so nothing is reported.
    """
    return clean_text(_WRAPPED_BREAK.sub(r"\1", value))


# --- Comments: backslash-escaped quotes (§4.31) ---------------------------------------------------


def comment_message(value: str) -> str | None:
    """The text of a comment, ``\\"`` read as ``"``.

    Some exports escape quotes in ``Comments.csv`` with a backslash instead of doubling them. Only
    what is safe in one cell is done: an escaped quote left intact by the CSV reader (an unquoted
    cell) becomes a plain quote. A quoted cell whose escaped quotes the reader could not follow is
    already cut or split by then; it is kept as read (or reported as a malformed row).
    """
    return clean_text(value.replace('\\"', '"'))


#: How a row of Comments.csv starts: its ``Date``.
_COMMENT_START = re.compile(r"\s*\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}")


def comment_rows(table: Table, ctx: RowContext) -> Iterator[Row | MalformedRow]:
    """The rows of ``Comments.csv`` with two writing faults of LinkedIn's repaired (§4.31).

    - A message whose line breaks were written without quotes breaks into a first row (date,
      link, the first line of the message) and continuation lines that do not start with a date.
      The continuation lines are joined back to the message of the row before them, with the
      line breaks, so no row is lost and none is invented.
    - A quoted message whose quotes were escaped with a backslash (``\\"``) is read again with
      that escape when that gives the header's number of fields.

    Each repair is reported as ``row-repaired`` with the lines it covers and the text as found.
    Continuation lines before the first dated row are left as they are (malformed rows).
    """
    return _comment_rows(table.rows, table, ctx)  # the rows as they are now, not the result


def _comment_rows(
    rows: Iterator[Row | MalformedRow], table: Table, ctx: RowContext
) -> Iterator[Row | MalformedRow]:
    width = len(table.header)
    delimiter = table.delimiter or ","
    held: Row | None = None
    joined: list[tuple[int, str]] = []

    def release() -> Iterator[Row | MalformedRow]:
        nonlocal held
        if held is None:
            return
        line, cells = held
        if joined:
            cells = [*cells[:-1], "\n".join([cells[-1], *(text for _, text in joined)])]
            ctx.warnings.append(
                DataWarning.make(
                    WarningCode.ROW_REPAIRED,
                    f"lines {line}-{joined[-1][0]} are one comment whose line breaks were not "
                    "quoted; joined into one record",
                    file=ctx.file,
                    line=line,
                    column=table.header[-1],
                    value=cells[-1],
                )
            )
            joined.clear()
        held = None
        yield line, cells

    for found in rows:
        row = (
            _unescaped(found, width, delimiter, ctx, table.header[-1])
            if isinstance(found, MalformedRow) and '\\"' in found.raw
            else found
        )
        starts = not isinstance(row, MalformedRow) and _COMMENT_START.match(row[1][0])
        if starts or held is None:
            yield from release()
            if isinstance(row, MalformedRow) or not starts:
                yield row
            else:
                held = row
            continue
        text = row.raw.rstrip("\r\n") if isinstance(row, MalformedRow) else delimiter.join(row[1])
        number = row.line if isinstance(row, MalformedRow) else row[0]
        joined.append((number + text.count("\n"), text))
    yield from release()


def _unescaped(
    row: MalformedRow, width: int, delimiter: str, ctx: RowContext, column: str
) -> Row | MalformedRow:
    """A malformed row read again with ``\\`` as the escape of quotes, if that fits the header."""
    reader = csv.reader(
        io.StringIO(row.raw, newline=""), delimiter=delimiter, escapechar="\\", strict=False
    )
    rows = list(reader)
    if len(rows) != 1 or len(rows[0]) != width:
        return row
    ctx.warnings.append(
        DataWarning.make(
            WarningCode.ROW_REPAIRED,
            'quotes escaped with a backslash (\\") were read as quotes',
            file=ctx.file,
            line=row.line,
            column=column,
            value=row.raw.rstrip("\r\n"),
        )
    )
    return row.line, rows[0]


# --- Rich media: prose dates (§4.36) --------------------------------------------------------------

_UPLOAD = re.compile(
    r"You (?:uploaded|added|updated|changed) (?:an? |your )?(?P<kind>.+?) on "
    r"(?P<month>[A-Za-z]{3,9})\.? (?P<day>\d{1,2}),? (?P<year>\d{4}),?(?: at)? "
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2}) ?(?P<half>[AaPp]\.?[Mm]\.?)"
    r"(?: ?\(?(?:GMT|UTC)\)?)?\.?",
    re.IGNORECASE,
)


@attrs.frozen
class Upload:
    """LinkedIn's sentence about an upload, and what could be read from it.

    Attributes:
        text: the sentence as exported.
        kind: what was uploaded (``video``, ``profile photo``), ``None`` when not understood.
        at: when (UTC), ``None`` when not understood.
    """

    text: str
    kind: str | None = None
    at: dt.datetime | None = None


def _read_upload(value: str) -> Upload | None:
    text = value.strip()
    match = _UPLOAD.fullmatch(text)
    if match is None:
        return None
    half = match["half"].replace(".", "").upper()
    stamp = f"{match['month']} {match['day']}, {match['year']}, {match['hour']}:{match['minute']}"
    try:
        at = instant(f"{stamp} {half}")
    except ValueProblem:
        return None
    return Upload(text, match["kind"].strip().lower(), at)


def upload_sentence(value: str) -> Upload | WithWarning[Upload]:
    """``You uploaded a video on September 12, 2024 at 9:05 PM (GMT)`` → the kind and the instant
    (GMT is UTC). A sentence that cannot be read is kept as text with an ``invalid-date``
    warning."""
    read = _read_upload(value)
    if read is not None:
        return read
    text = value.strip()
    return WithWarning(
        Upload(text),
        WarningCode.INVALID_DATE,
        f"{text!r} is not a known upload sentence; it is kept as text without a date",
    )


def upload_sentence_lenient(value: str) -> Upload:
    """As :func:`upload_sentence`, without a warning for other text (the 2024 ``Type`` column,
    whose sentences are not known for certain)."""
    return _read_upload(value) or Upload(value.strip())


def unless_dash(value: str) -> str | None:
    """The text, or ``None`` for LinkedIn's ``-`` placeholder (a Media Description left empty)."""
    text = value.strip()
    return None if text in {"-", "\u2013"} else text or None


def build_rich_media(f: dict[str, Any], ctx: RowContext) -> RichMedia:
    """A :class:`RichMedia` from either version of the rich-media file."""
    upload = f.get("activity")
    if not isinstance(upload, Upload):
        upload = Upload(upload) if isinstance(upload, str) else None
    return RichMedia(
        provenance=ctx.provenance(),
        uploaded_at=upload.at if upload else None,
        media_kind=upload.kind if upload else None,
        activity=upload.text if upload else None,
        description=f.get("description"),
        url=f.get("url"),
        format_id=ctx.spec_id,
        extra=FrozenDict(f.get("extra") or {}),
    )


# --- Events: a time range (§4.48) -----------------------------------------------------------------

_RANGE = re.compile("\\s+[-\u2013]\\s+")


def event_time(value: str) -> tuple[dt.datetime, dt.datetime | None]:
    """``May 14, 2024 06:00 PM - May 14, 2024 07:30 PM`` → start and end (UTC); a single instant
    is a start without an end."""
    text = value.strip()
    parts = _RANGE.split(text, maxsplit=1)
    try:
        start = instant(parts[0])
        end = instant(parts[1]) if len(parts) > 1 else None
    except ValueProblem:
        raise ValueProblem(
            WarningCode.INVALID_DATE, f"{text!r} is not a known event time range"
        ) from None
    return start, end


def build_event(f: dict[str, Any], ctx: RowContext) -> Event:
    """An :class:`Event` from ``Events.csv``; the time range (converted into ``starts_at`` by
    :func:`event_time`) is split into start and end."""
    time = f.get("starts_at")
    start, end = time if isinstance(time, tuple) else (None, None)
    if start is not None and end is not None and end < start:
        ctx.warn(
            WarningCode.INVALID_DATE,
            "the event ends before it starts; both times are kept as exported",
            field="starts_at",
        )
    return Event(
        provenance=ctx.provenance(),
        name=f.get("name"),
        starts_at=start,
        ends_at=end,
        status=f.get("status"),
        external_url=f.get("external_url"),
        format_id=ctx.spec_id,
        extra=FrozenDict(f.get("extra") or {}),
    )


# --- Learning: N/A dates (§4.39) ------------------------------------------------------------------


def instant_unless_na(value: str) -> dt.datetime | None:
    """An instant, or ``None`` for LinkedIn's ``N/A`` (not watched, not completed)."""
    if not_available(value):
        return None
    return instant(value)
