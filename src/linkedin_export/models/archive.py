"""What an export is: which kind of archive, made when."""

from __future__ import annotations

import datetime as dt
import enum

import attrs

__all__ = ["ArchiveInfo", "ArchiveKind"]


class ArchiveKind(enum.StrEnum):
    """The kinds of LinkedIn export (FORMATS.md §1)."""

    COMPLETE = "complete"
    """``Complete_LinkedInDataExport_MM-DD-YYYY.zip``: every category, messages included."""
    BASIC = "basic"
    """``Basic_LinkedInDataExport_MM-DD-YYYY.zip``: the fast archive of selected categories."""
    PRE_GDPR = "pre-gdpr"
    """The 2015-early 2018 member archive (``Initial_LinkedInDataExport…``, ``Inbox.csv``)."""
    CONTACTS_EXPORT = "contacts-export"
    """A legacy "Export connections" file (Outlook or Yahoo CSV, vCard)."""
    UNKNOWN = "unknown"
    """Not recognisable from its name or contents (a renamed file or folder, one CSV)."""


@attrs.frozen(kw_only=True)
class ArchiveInfo:
    """What the loaded export is.

    Attributes:
        kind: the :class:`ArchiveKind`.
        date: the date in the archive's name (``…_11-20-2026.zip``), or ``None``.
        name: the name the export was loaded under.
    """

    kind: ArchiveKind
    date: dt.date | None
    name: str
