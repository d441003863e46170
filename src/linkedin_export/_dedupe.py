"""Duplicate records within one export: ``duplicate-record`` warnings, ``Export.deduplicated()``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from linkedin_export.diagnostics import DataWarning, WarningCode
from linkedin_export.identity import record_key, repeated_groups
from linkedin_export.models import FrozenDict, Record

if TYPE_CHECKING:
    from linkedin_export.export import Export, FileReport

__all__ = ["deduplicate", "duplicate_groups", "report_duplicates"]


def duplicate_groups(records: Sequence[Record]) -> list[list[Record]]:
    """Groups of two or more records of one collection that are the same record."""
    return [[records[i] for i in group] for group in repeated_groups(records)]


def _where(record: Record) -> str:
    provenance = record.provenance
    return str(provenance) if provenance is not None else "an earlier record"


def _same_file(a: Record, b: Record) -> bool:
    return (
        a.provenance is not None
        and b.provenance is not None
        and (a.provenance.file == b.provenance.file)
    )


def duplicate_warnings(kind: str, records: Sequence[Record]) -> list[DataWarning]:
    """One ``duplicate-record`` warning per record of ``records`` (one collection) that repeats
    an earlier one, at the repeated record's file and line, in the collection's order."""
    repeats = sorted((index, group[0]) for group in repeated_groups(records) for index in group[1:])
    found = []
    for index, first_index in repeats:
        first, other = records[first_index], records[index]
        key = record_key(first)
        where = _where(first)
        if first.provenance and other.provenance and _same_file(first, other):
            where = f"line {first.provenance.line}"
        found.append(
            DataWarning.make(
                WarningCode.DUPLICATE_RECORD,
                f"the same {kind} record as {where} (key {key}); both are kept, "
                "export.deduplicated() keeps the first",
                file=other.provenance.file if other.provenance else None,
                line=other.provenance.line if other.provenance else None,
                value=key,
            )
        )
    return found


def report_duplicates(fields: dict[str, Any]) -> dict[str, Any]:
    """The fields of an :class:`Export` with a ``duplicate-record`` warning for every record
    that repeats an earlier one of its collection, after the files' own warnings (they are
    known once every file is read), and the files' warning counts updated."""
    by_kind: Mapping[str, tuple[Record, ...]] = fields["by_kind"]
    found: list[DataWarning] = []
    for kind, records in by_kind.items():
        found.extend(duplicate_warnings(kind, records))
    if not found:
        return fields
    per_file = Counter(warning.file for warning in found)
    files: tuple[FileReport, ...] = fields["files"]
    return {
        **fields,
        "warnings": (*fields["warnings"], *found),
        "files": tuple(
            attrs.evolve(report, warnings=report.warnings + per_file[report.path])
            if report.path in per_file
            else report
            for report in files
        ),
    }


def deduplicate(export: Export) -> Export:
    """``export`` without the records that repeat an earlier one of their collection (the first
    of each group is kept); files and warnings are unchanged."""
    from linkedin_export._build_messaging import build_conversations
    from linkedin_export.export import Export
    from linkedin_export.models import Connection, Message

    export._settle()  # every file read: the messages of a large export too
    dropped: set[int] = set()
    for records in export._by_kind.values():
        for _, *others in duplicate_groups(records):
            dropped.update(id(record) for record in others)
    if not dropped:
        return export
    by_kind = {
        kind: tuple(r for r in records if id(r) not in dropped)
        for kind, records in export._by_kind.items()
    }
    messages = tuple(r for r in by_kind.get("messages", ()) if isinstance(r, Message))
    owner = export.owner
    return Export(
        source=export.source,
        container=export.container,
        archive=export.archive,
        owner=owner,
        connections=tuple(r for r in by_kind.get("connections", ()) if isinstance(r, Connection)),
        conversations=build_conversations(messages, owner),
        files=export.files,
        warnings=export.warnings,
        ignored=export.ignored,
        by_file=FrozenDict(
            {
                name: tuple(r for r in records if id(r) not in dropped)
                for name, records in export._by_file.items()
            }
        ),
        by_kind=FrozenDict(by_kind),
    )
