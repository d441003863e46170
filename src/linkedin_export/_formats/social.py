"""Your network beyond connections: Invitations, Imported Contacts, Recommendations, Endorsements,
Company, Member and Hashtag Follows (FORMATS.md §4.3, §4.14, §4.15, §4.26-§4.29, §4.51)."""

from __future__ import annotations

from linkedin_export._formats._spec import FileSpec

__all__ = ["SPECS"]

SPECS: tuple[FileSpec, ...] = ()
