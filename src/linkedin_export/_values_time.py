"""Converters for the other value shapes of the archive (FORMATS.md §5): instants, partial dates,
booleans, lists. Same contract as :mod:`linkedin_export._values`: one non-empty cell in, a value
out, :class:`~linkedin_export._values.ValueProblem` when the cell cannot be read."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from linkedin_export._values import ValueProblem, _month, _year
from linkedin_export.diagnostics import WarningCode
from linkedin_export.models.dates import PartialDate

__all__ = ["instant", "partial_date", "split_on", "yes_no"]

UTC = dt.UTC
_NOT_AVAILABLE = frozenset({"not available", "n/a", "na", "none", "-", "null"})
_FORMATS: tuple[tuple[re.Pattern[str], str], ...] = (
    # 2019-11-06T02:08:20, 2023-06-11 15:33:58 UTC, 2024-03-17 18:03:34, 2023-12-29 14:24 UTC
    (
        re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?: ?(?:UTC|Z|GMT))?"),
        "iso",
    ),
    # 2024/05/10 09:12:44 UTC
    (re.compile(r"\d{4}/\d{2}/\d{2} \d{1,2}:\d{2}(?::\d{2})?(?: UTC)?"), "slash"),
    # 7/3/18, 9:41 PM ; 05/14/24 02:31 PM UTC
    (
        re.compile(
            r"\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?[Mm]\.?(?: UTC)?"
        ),
        "us",
    ),
    # January 12, 2017, 4:12 PM
    (re.compile(r"[A-Za-z]{3,9}\.? \d{1,2}, \d{4},? \d{1,2}:\d{2}\s*[AaPp][Mm]"), "prose"),
    # Tue Mar 07 10:22:33 UTC 2023 (Java Date.toString)
    (re.compile(r"[A-Za-z]{3} [A-Za-z]{3} \d{1,2} \d{2}:\d{2}:\d{2} [A-Z]{2,5} \d{4}"), "java"),
)
_NUMBERS = re.compile(r"\d+")
_ISO_SECONDS = re.compile(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?: ?(?:UTC|Z|GMT))?")


def instant(value: str) -> dt.datetime:
    """A timezone-aware UTC ``datetime`` from any instant format LinkedIn used (FORMATS.md §5.1).

    Values without a zone are UTC (LinkedIn writes UTC). A date alone (``2024-02-01``,
    ``2025/10/09``) is midnight UTC.
    """
    text = value.strip()
    if match := _ISO_SECONDS.fullmatch(text):  # the common case, quickly (messages files)
        year, month, day, hour, minute, second = map(int, match.groups())
        return _make(text, year, month, day, hour=hour, minute=minute, second=second)
    for pattern, kind in _FORMATS:
        if pattern.fullmatch(text):
            return _parse(text, kind)
    if re.fullmatch(r"\d{4}[-/]\d{2}[-/]\d{2}", text):
        year, month, day = (int(n) for n in _NUMBERS.findall(text))
        return _make(text, year, month, day)
    raise ValueProblem(WarningCode.INVALID_DATE, f"{text!r} is not a known date and time format")


def _parse(text: str, kind: str) -> dt.datetime:
    numbers = [int(n) for n in _NUMBERS.findall(text)]
    if kind in {"iso", "slash"}:
        year, month, day, hour, minute, *rest = numbers
        return _make(
            text, year, month, day, hour=hour, minute=minute, second=rest[0] if rest else 0
        )
    if kind == "us":
        month, day, _, hour, minute, *rest = numbers
        year = _year(_NUMBERS.findall(text)[2])  # the digits as written: "09" is 2009
        second = rest[0] if rest else 0
        return _make(text, year, month, day, hour=_hour(hour, text), minute=minute, second=second)
    if kind == "prose":
        name = text.split(maxsplit=1)[0].rstrip(".")
        day, year, hour, minute = numbers
        return _make(text, year, _month(name), day, hour=_hour(hour, text), minute=minute)
    parts = text.split()  # java: Tue Mar 07 10:22:33 UTC 2023
    day, hour, minute, second, year = numbers
    return _make(text, year, _month(parts[1]), day, hour=hour, minute=minute, second=second)


def _hour(hour: int, text: str) -> int:
    pm = re.search(r"[Pp]\.?[Mm]", text) is not None
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def _make(
    text: str, year: int, month: int, day: int, *, hour: int = 0, minute: int = 0, second: int = 0
) -> dt.datetime:
    try:
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=UTC)
    except ValueError as error:
        raise ValueProblem(
            WarningCode.INVALID_DATE, f"{text!r} is not a real instant ({error})"
        ) from None


def partial_date(value: str) -> PartialDate:
    """``Mar 2019``, ``2019``, ``03/2014``, ``Mar 9, 2021`` or ``Mar 14`` with their precision."""
    text = value.strip()
    if match := re.fullmatch(r"(\d{4})", text):
        return PartialDate(year=int(match[1]))
    if match := re.fullmatch(r"([A-Za-z]{3,9})\.? (\d{4})", text):
        return PartialDate(year=int(match[2]), month=_month(match[1]))
    if match := re.fullmatch(r"(\d{1,2})/(\d{4})", text):
        month = int(match[1])
        if not 1 <= month <= 12:
            raise ValueProblem(WarningCode.INVALID_DATE, f"{text!r}: no month {month}")
        return PartialDate(year=int(match[2]), month=month)
    if match := re.fullmatch(r"([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})", text):
        return _full(int(match[3]), _month(match[1]), int(match[2]), text)
    if match := re.fullmatch(r"([A-Za-z]{3,9})\.? (\d{1,2})", text):
        month, day = _month(match[1]), int(match[2])
        _full(2000, month, day, text)  # a leap year accepts Feb 29
        return PartialDate(month=month, day=day)
    if match := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return _full(int(match[1]), int(match[2]), int(match[3]), text)
    raise ValueProblem(WarningCode.INVALID_DATE, f"{text!r} is not a known date format")


def _full(year: int, month: int, day: int, text: str) -> PartialDate:
    try:
        dt.date(year, month, day)
    except ValueError as error:
        raise ValueProblem(WarningCode.INVALID_DATE, f"{text!r} is not a date ({error})") from None
    return PartialDate(year=year, month=month, day=day)


def yes_no(value: str) -> bool:
    """``Yes``/``No``, ``true``/``false``, ``TRUE``/``FALSE``, ``1``/``0``."""
    text = value.strip().lower()
    if text in {"yes", "true", "y", "1"}:
        return True
    if text in {"no", "false", "n", "0"}:
        return False
    raise ValueProblem(WarningCode.INVALID_VALUE, f"{value.strip()!r} is not yes or no")


def split_on(separator: str) -> Callable[[str], tuple[str, ...]]:
    """A converter splitting a multi-value cell on ``separator`` (empty parts dropped)."""

    def split(value: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in value.split(separator) if part.strip())

    split.__name__ = f"split_on({separator!r})"
    return split


def not_available(value: str) -> bool:
    """Whether a cell is one of LinkedIn's "no value" markers (``Not Available``, ``N/A``)."""
    return value.strip().lower() in _NOT_AVAILABLE
