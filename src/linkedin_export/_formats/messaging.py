"""Messages in every generation (FORMATS.md §3.4 Inbox.csv, §4.2 M0-M7) and the sibling files
with the same layout (guide, learning role-play, coach messages)."""

from __future__ import annotations

from linkedin_export._formats._spec import FileSpec

__all__ = ["SPECS"]

SPECS: tuple[FileSpec, ...] = ()
