"""Converters and builders of the activity files: shares, comments, rich media, events, learning
(FORMATS.md §4.30-§4.40, §4.48).

Converters follow the contract of :mod:`linkedin_export._values`: one non-empty cell in, a value
out, :class:`~linkedin_export._values.ValueProblem` (or a :class:`WithWarning`) for cells that
cannot be read as they should.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

import attrs

from linkedin_export._values import ValueProblem, WithWarning, clean_text
from linkedin_export._values_time import instant, not_available
from linkedin_export.diagnostics import WarningCode
from linkedin_export.models import FrozenDict
from linkedin_export.models.activity import Event, RichMedia

if TYPE_CHECKING:
    from linkedin_export._engine import RowContext

__all__ = [
    "Upload",
    "build_event",
    "build_rich_media",
    "comment_message",
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
