"""Dates LinkedIn writes with only part of their precision (``Mar 2019``, ``2019``, ``Mar 14``)."""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["PartialDate"]


@attrs.frozen(kw_only=True, order=True)
class PartialDate:
    """A calendar date known to the year, the month or the day; a birthday may lack the year.

    ``str()`` gives ISO 8601 at the known precision: ``2019``, ``2019-03``, ``2019-03-09``, or
    ``--03-14`` for a month and day without a year.
    """

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> str:
        """``year``, ``month`` or ``day``."""
        return "day" if self.day is not None else "month" if self.month is not None else "year"

    def to_date(self) -> dt.date | None:
        """The first day of the period (``None`` without a year)."""
        if self.year is None:
            return None
        return dt.date(self.year, self.month or 1, self.day or 1)

    def __str__(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
