"""Account and jobs: Email Addresses, Phone Numbers, WhatsApp numbers, Registration, Saved Jobs,
Job Applications, Job Seeker Preferences, saved answers, job alerts (FORMATS.md §4.10-§4.13,
§4.49)."""

from __future__ import annotations

from linkedin_export._formats._spec import FileSpec

__all__ = ["SPECS"]

SPECS: tuple[FileSpec, ...] = ()
