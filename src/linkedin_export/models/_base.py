"""Building blocks shared by every model: provenance, the record base class, a frozen mapping."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

import attrs

__all__ = ["FrozenDict", "Provenance", "Record"]

_V = TypeVar("_V")


@attrs.frozen
class Provenance:
    """Where a record came from: the member path inside the export and the 1-based physical line."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@attrs.frozen(kw_only=True)
class Record:
    """Base class of every record.

    Attributes:
        provenance: file and line the record was read from. Excluded from equality, hashing and
            ``repr``: the same connection read from two exports compares equal.
    """

    provenance: Provenance | None = attrs.field(default=None, eq=False, repr=False, order=False)


class FrozenDict(Mapping[str, _V]):
    """An immutable, hashable, picklable ``str``-keyed mapping (used for ``extra`` columns).

    Keys keep the order of the columns in the file.
    """

    __slots__ = ("_data", "_hash")

    def __init__(self, data: Mapping[str, _V] | None = None, /) -> None:
        self._data: dict[str, _V] = dict(data or {})
        self._hash: int | None = None

    def __getitem__(self, key: str) -> _V:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(tuple(self._data.items()))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return dict(self._data) == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"FrozenDict({self._data!r})"

    def __reduce__(self) -> tuple[type[FrozenDict[Any]], tuple[dict[str, _V]]]:
        return (type(self), (self._data,))
