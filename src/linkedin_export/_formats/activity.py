"""Activity: Shares, Comments, Reactions, Votes, Instant reposts, Saved items, Rich media, Videos,
Articles, Events, Learning, Search queries (FORMATS.md §4.30-§4.43, §4.48)."""

from __future__ import annotations

from linkedin_export._formats._spec import FileSpec

__all__ = ["SPECS"]

SPECS: tuple[FileSpec, ...] = ()
