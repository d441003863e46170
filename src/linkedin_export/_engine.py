"""The engine: applies a :class:`~._formats.FileSpec` to a :class:`~._reading.table.Table`.

This is the only place that turns table rows into records. Columns are matched by header name
(case- and space-insensitive), never by position; unknown columns go to ``extra``; converter
problems become warnings with file, line and column, and the row goes on. Every data row ends up
as a record or as a ``malformed-row`` warning holding its content.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from linkedin_export._formats import Column, FileSpec, norm_header
from linkedin_export._reading.decode import repair_mojibake
from linkedin_export._reading.table import MalformedRow, Table
from linkedin_export._values import ValueProblem, WithWarning, clean_text
from linkedin_export.diagnostics import DataWarning, WarningCode
from linkedin_export.models import FrozenDict, GenericRecord, Provenance, Record

__all__ = ["RowContext", "Tally", "generic_records", "spec_records"]


class RowContext:
    """What a builder knows about the row it builds: location, options, a way to warn."""

    __slots__ = (
        "columns",
        "default_region",
        "file",
        "line",
        "origins",
        "personal_domains",
        "region_explicit",
        "spec_id",
        "warnings",
        "work_domains",
    )

    def __init__(
        self,
        *,
        file: str,
        spec_id: str | None,
        columns: dict[str, str],
        warnings: list[DataWarning],
        default_region: str | None = None,
        region_explicit: bool = False,
        work_domains: frozenset[str] = frozenset(),
        personal_domains: frozenset[str] = frozenset(),
    ) -> None:
        self.file = file
        self.work_domains = work_domains
        #: Whether ``default_region`` was given by the caller (it then beats a row's country).
        self.region_explicit = region_explicit
        self.personal_domains = personal_domains
        self.line = 0
        self.spec_id = spec_id
        self.default_region = default_region
        self.warnings = warnings
        self.columns = columns
        #: For ``many`` fields of the current row: the header each value came from, in order.
        self.origins: dict[str, list[str]] = {}

    def column_of(self, field: str, index: int = 0) -> str | None:
        """The header of the ``index``-th value of ``field`` in the current row."""
        origins = self.origins.get(field)
        if origins is not None and index < len(origins):
            return origins[index]
        return self.columns.get(field)

    def warn(
        self,
        code: WarningCode,
        message: str,
        *,
        field: str | None = None,
        column: str | None = None,
        value: str | None = None,
    ) -> None:
        """Report a problem at the current row; ``field`` is translated to its column header
        (pass ``column`` for fields filled from several columns, see :meth:`column_of`)."""
        self.warnings.append(
            DataWarning.make(
                code,
                message,
                file=self.file,
                line=self.line or None,
                column=column or (self.columns.get(field) if field else None),
                value=value,
            )
        )

    def provenance(self) -> Provenance:
        return Provenance(self.file, self.line)


@attrs.define
class Tally:
    """Row accounting of one file: ``data_rows == records + malformed`` once iteration is done."""

    data_rows: int = 0
    records: int = 0
    malformed: int = 0


#: Most converted values remembered per column.
_CACHE_SIZE = 4096
_MISSING = object()
#: Converted values that carry a warning, reported at every row that has them.
_FLAGGED = (ValueProblem, WithWarning)


@attrs.frozen
class _Slot:
    index: int
    header: str
    field: str | None
    convert: Callable[[str], Any]
    many: bool = attrs.field(kw_only=True)
    cached: bool = attrs.field(kw_only=True)


def _plan(table: Table, spec: FileSpec, ctx: RowContext) -> tuple[list[_Slot], dict[str, str]]:
    keys = [norm_header(cell) for cell in table.header]
    positions: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        positions.setdefault(key, []).append(index)
    claimed: set[int] = set()
    slots: list[_Slot] = []
    columns: dict[str, str] = {}
    for column in spec.columns:
        found = [i for i in positions.get(column.key, ()) if i not in claimed]
        if not found:
            if not column.optional:
                ctx.warn(
                    WarningCode.MISSING_COLUMN,
                    f"column {column.header!r} of {spec.id} is missing; "
                    f"{column.field or 'its value'} is None in every record",
                    column=column.header,
                )
            continue
        use = found if column.many else found[:1]
        claimed.update(use)
        slots.extend(_slot(index, table.header[index], column) for index in use)
        if column.field:
            columns.setdefault(column.field, table.header[found[0]])
    unclaimed = [index for index in range(len(table.header)) if index not in claimed]
    for index, name in _unique_names(table.header, unclaimed).items():
        header = table.header[index]
        if header:
            ctx.warn(
                WarningCode.UNKNOWN_COLUMN,
                f"column {header!r} is not part of {spec.id}; its values are kept in 'extra'",
                column=header,
            )
        slots.append(_Slot(index, name, None, clean_text, many=False, cached=False))
    slots.sort(key=lambda slot: slot.index)
    return slots, columns


def _slot(index: int, header: str, column: Column) -> _Slot:
    convert = column.convert or clean_text
    return _Slot(
        index, header, column.field, convert, many=column.many, cached=column.convert is not None
    )


def spec_records(
    table: Table,
    spec: FileSpec,
    ctx: RowContext,
    *,
    repair: bool = False,
    tally: Tally | None = None,
) -> Iterator[Record]:
    """Yield the records of ``table`` read with ``spec``; warnings go to ``ctx.warnings``."""
    tally = tally if tally is not None else Tally()
    ctx.line = table.header_line or 0
    slots, ctx.columns = _plan(table, spec, ctx)
    # Plain tuples, not attribute look-ups, in the loop that runs for every cell.
    plan: list[tuple[int, str, str | None, Callable[[str], Any], bool, dict[str, Any] | None]]
    plan = [
        (slot.index, slot.header, slot.field, slot.convert, slot.many, {} if slot.cached else None)
        for slot in slots
    ]
    build = spec.build
    for cells in _cells(table, ctx, tally):
        fields: dict[str, Any] = {}
        extra: dict[str, str] = {}
        origins: dict[str, list[str]] = {}
        many_fields = False
        for index, header, field, convert, many, cache in plan:
            cell = cells[index]
            if not cell or cell.isspace():
                continue
            if repair:
                cell = _repair(ctx, header, cell)
            if field is None:
                extra[header] = cell.strip()
                continue
            value: Any
            if cache is None and convert is clean_text:
                value = cell.strip() or None
            else:
                value = cache.get(cell, _MISSING) if cache is not None else _MISSING
                if value is _MISSING or isinstance(value, _FLAGGED):
                    value = _convert(ctx, header, convert, cell, cache)
            if value is None:
                continue
            if many:
                many_fields = True
                fields.setdefault(field, []).append(value)
                origins.setdefault(field, []).append(header)
            elif field not in fields:
                fields[field] = value
        if many_fields:
            for field, value in fields.items():
                if isinstance(value, list):
                    fields[field] = tuple(value)
        if extra:
            fields["extra"] = extra
        ctx.origins = origins
        try:
            record = build(fields, ctx)
        except Exception as error:  # noqa: BLE001 - a bug must not cost the user the whole export
            tally.malformed += 1
            ctx.warn(
                WarningCode.MALFORMED_ROW,
                f"could not build a record ({type(error).__name__}: {error}); this is a bug in "
                "linkedin_export, please report it with a redacted copy of the file",
                value=_content(cells, table.delimiter),
            )
            continue
        tally.records += 1
        yield record


def _convert(
    ctx: RowContext,
    header: str,
    convert: Callable[[str], Any],
    cell: str,
    cache: dict[str, Any] | None,
) -> Any:
    if cache is not None and cell in cache:
        value = cache[cell]
    else:
        try:
            value = convert(cell)
        except ValueProblem as problem:
            value = problem
        if cache is not None:
            if len(cache) >= _CACHE_SIZE:
                cache.clear()  # bounded: a streamed file of distinct dates must not grow it
            cache[cell] = value
    if isinstance(value, ValueProblem):
        ctx.warn(value.code, value.message, column=header, value=cell)
        return None
    if isinstance(value, WithWarning):
        ctx.warn(value.code, value.message, column=header, value=cell)
        return value.value
    return value


def _repair(ctx: RowContext, header: str, cell: str) -> str:
    repaired = repair_mojibake(cell)
    if repaired is None:
        return cell
    ctx.warn(
        WarningCode.MOJIBAKE_REPAIRED,
        f"double-encoded UTF-8 repaired to {repaired!r}",
        column=header,
        value=cell,
    )
    return repaired


def _cells(table: Table, ctx: RowContext, tally: Tally) -> Iterator[list[str]]:
    """The cells of each well-formed row, with ``ctx.line`` set; malformed rows become warnings.
    Every row is counted in ``tally.data_rows``."""
    for row in table.rows:
        tally.data_rows += 1
        if isinstance(row, MalformedRow):
            tally.malformed += 1
            ctx.line = row.line
            ctx.warn(
                WarningCode.MALFORMED_ROW,
                f"row not read: {row.reason}; its content is kept in this warning",
                value=row.content,
            )
            continue
        ctx.line = row[0]
        yield row[1]


def _unique_names(header: tuple[str, ...], indexes: Iterable[int]) -> dict[int, str]:
    """Names for the columns at ``indexes``: the header, ``column N`` when it is empty, and
    `` (2)``, `` (3)``… appended to later occurrences of a repeated header."""
    names: dict[int, str] = {}
    seen: dict[str, int] = {}
    for index in indexes:
        base = header[index] or f"column {index + 1}"
        seen[base] = seen.get(base, 0) + 1
        names[index] = base if seen[base] == 1 else f"{base} ({seen[base]})"
    return names


def _content(cells: list[str], delimiter: str | None) -> str:
    return (delimiter or ",").join(cells)


def generic_records(
    table: Table, ctx: RowContext, *, repair: bool = False, tally: Tally | None = None
) -> Iterator[GenericRecord]:
    """Rows of a table without a spec, as :class:`GenericRecord` (nothing is lost)."""
    tally = tally if tally is not None else Tally()
    names = list(_unique_names(table.header, range(len(table.header))).values())
    for cells in _cells(table, ctx, tally):
        values = (
            [_repair(ctx, name, cell) for name, cell in zip(names, cells, strict=True)]
            if repair
            else cells
        )
        tally.records += 1
        yield GenericRecord(
            provenance=Provenance(ctx.file, ctx.line),
            values=FrozenDict(dict(zip(names, values, strict=True))),
        )
