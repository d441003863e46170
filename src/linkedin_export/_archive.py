"""What kind of export this is (Complete, Basic, pre-GDPR archive, legacy contacts file) and when
it was made, from the archive's name and the files it holds (FORMATS.md §1)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from linkedin_export._formats import norm_name
from linkedin_export.diagnostics import DataWarning, WarningCode
from linkedin_export.models.archive import ArchiveInfo, ArchiveKind

__all__ = ["describe_archive"]

_DATED = re.compile(
    r"(?P<kind>Complete|Basic|Initial)?_?LinkedInDataExport_(?P<m>\d{2})-(?P<d>\d{2})-(?P<y>\d{4})",
    re.I,
)
#: File names only the 2015-early 2018 member archive used.
_PRE_GDPR_FILES = frozenset({"inbox", "interests"})
_LEGACY_CONTACTS = ("connections/outlook", "connections/yahoo", "connections/vcard")


def describe_archive(
    label: str, names: Sequence[str], format_ids: Sequence[str]
) -> tuple[ArchiveInfo, list[DataWarning]]:
    """The archive's kind and date, and notes on files the user may expect that are absent."""
    match = _DATED.search(label)
    date = None
    if match:
        try:
            date = dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
        except ValueError:
            date = None
    normalised = {norm_name(name) for name in names}
    named = (match["kind"] or "").lower() if match else ""
    if any(format_id in _LEGACY_CONTACTS for format_id in format_ids) and len(names) == 1:
        kind = ArchiveKind.CONTACTS_EXPORT
    elif named == "complete":
        kind = ArchiveKind.COMPLETE
    elif named == "basic":
        kind = ArchiveKind.BASIC
    elif named == "initial" or normalised & _PRE_GDPR_FILES:
        kind = ArchiveKind.PRE_GDPR
    else:
        kind = ArchiveKind.UNKNOWN
    warnings: list[DataWarning] = []
    has_messages = bool(normalised & {"messages", "inbox"})
    if kind is ArchiveKind.BASIC and not has_messages:
        warnings.append(
            DataWarning.make(
                WarningCode.EXPECTED_FILE_MISSING,
                "this is a Basic archive, which holds no messages; request the Complete archive "
                "(Settings, Data privacy, Get a copy of your data, 'Want something in particular?' "
                "unticked) to get them",
                value="messages.csv",
            )
        )
    elif kind is ArchiveKind.COMPLETE and not has_messages:
        warnings.append(
            DataWarning.make(
                WarningCode.EXPECTED_FILE_MISSING,
                "this Complete archive holds no messages.csv; the archive may be incomplete or "
                "the download may have been cut short",
                value="messages.csv",
            )
        )
    if kind in {ArchiveKind.BASIC, ArchiveKind.COMPLETE} and "connections" not in normalised:
        warnings.append(
            DataWarning.make(
                WarningCode.EXPECTED_FILE_MISSING,
                f"this {kind.value} archive holds no Connections.csv",
                value="Connections.csv",
            )
        )
    return ArchiveInfo(kind=kind, date=date, name=label), warnings
