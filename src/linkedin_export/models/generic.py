"""Rows of files that have no typed model (yet), kept so that nothing is lost."""

from __future__ import annotations

import attrs

from linkedin_export.models._base import FrozenDict, Record

__all__ = ["GenericRecord"]


@attrs.frozen(kw_only=True)
class GenericRecord(Record):
    """One row of a table that has no typed model.

    Attributes:
        values: cell values by header name, in column order (empty cells as ``""``). A header that
            appears more than once gets `` (2)``, `` (3)``… appended to its later occurrences.
    """

    values: FrozenDict[str]

    def __getitem__(self, column: str) -> str:
        return self.values[column]
