"""Profile and career: Profile, Profile Summary, Positions, Education, Skills, Languages,
Certifications, Projects, Publications, Honors, Courses, Organizations, Volunteering, Test Scores,
Patents, Causes You Care About, Interests (FORMATS.md §3.4, §4.4-§4.25)."""

from __future__ import annotations

from linkedin_export._formats._spec import FileSpec

__all__ = ["SPECS"]

SPECS: tuple[FileSpec, ...] = ()
