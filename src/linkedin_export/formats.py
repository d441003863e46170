"""The public view of the format registry: :func:`supported_formats`."""

from __future__ import annotations

import attrs

from linkedin_export._formats import SPECS

__all__ = ["FormatInfo", "supported_formats"]


@attrs.frozen(kw_only=True)
class FormatInfo:
    """One supported version of one LinkedIn file.

    Attributes:
        id: stable identifier (``connections/2023``).
        kind: the collection its records go to (``connections``).
        title: a short description.
        files: the file names it is known under (regular expressions over normalised names).
        first_seen: when the version was first seen (``YYYY`` or ``YYYY-MM``).
        last_seen: when it was last seen, ``None`` while current.
        confidence: the catalog's confidence in the header: ``H``, ``M``, ``L`` or ``?``.
        preamble: whether files start with LinkedIn's ``Notes:`` block.
        container: ``csv`` or ``vcard``.
        columns: the column headers, in LinkedIn's order.
        notes: quirks.
        reference: the section of the format catalog that describes it.
    """

    id: str
    kind: str
    title: str
    files: tuple[str, ...]
    first_seen: str
    last_seen: str | None
    confidence: str
    preamble: bool
    container: str
    columns: tuple[str, ...]
    notes: str
    reference: str


def supported_formats() -> tuple[FormatInfo, ...]:
    """Every file version the library reads into typed records, oldest first within a kind."""
    return tuple(
        FormatInfo(
            id=spec.id,
            kind=str(spec.kind),
            title=spec.title,
            files=spec.files,
            first_seen=spec.first_seen,
            last_seen=spec.last_seen,
            confidence=spec.confidence,
            preamble=spec.preamble,
            container=str(spec.container),
            columns=tuple(column.header for column in spec.columns),
            notes=spec.notes,
            reference=spec.reference,
        )
        for spec in SPECS
    )
