"""FORMAT KNOWLEDGE ONLY: every known LinkedIn file version as a declarative spec, and the choice
of a spec for a file from its header fingerprint (first) and its name (second)."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs

from linkedin_export._formats import (
    account,
    activity,
    articles,
    career,
    messaging,
    privacy,
    social,
)
from linkedin_export._formats._spec import Column, Container, FileSpec, Kind, norm_header, norm_name
from linkedin_export._formats.catalog import KNOWN_FILES, known_file_title
from linkedin_export._formats.network import CONNECTION_SPECS

__all__ = [
    "KNOWN_FILES",
    "SPECS",
    "SPECS_BY_ID",
    "Column",
    "Container",
    "FileSpec",
    "Kind",
    "Match",
    "header_score",
    "known_file_title",
    "norm_header",
    "norm_name",
    "select_spec",
]

#: Every spec, oldest version of each file first.
SPECS: tuple[FileSpec, ...] = (
    *CONNECTION_SPECS,
    *messaging.SPECS,
    *career.SPECS,
    *social.SPECS,
    *activity.SPECS,
    *articles.SPECS,
    *account.SPECS,
    *privacy.SPECS,
)
SPECS_BY_ID: dict[str, FileSpec] = {spec.id: spec for spec in SPECS}

#: A header must share at least this much with a spec (Jaccard index) to be read with it …
_MIN_SCORE = 0.5
#: … or this much when the file name also matches the spec.
_MIN_SCORE_WITH_NAME = 0.3


@functools.cache
def _fingerprints() -> tuple[tuple[FileSpec, frozenset[str]], ...]:
    return tuple((spec, spec.fingerprint) for spec in SPECS if spec.container is Container.CSV)


#: A header every column of which a spec knows, sharing at least this many columns, is a subset
#: of that version (a re-export or an edit that dropped columns).
_MIN_SUBSET = 4
#: … and when at least this share of the file's columns belongs to the spec.
_MIN_KNOWN = 0.8


def _score(fingerprint: frozenset[str], keys: frozenset[str]) -> float:
    """The Jaccard index of the two header sets, or 0.9 x the share of the file's columns the spec
    knows when that share is at least 80% and at least four columns are shared (a subset)."""
    shared = len(fingerprint & keys)
    if not shared:
        return 0.0
    jaccard = shared / len(fingerprint | keys)
    known = shared / len(keys)
    subset = 0.9 * known if shared >= _MIN_SUBSET and known >= _MIN_KNOWN else 0.0
    return max(jaccard, subset)


def header_score(cells: Sequence[str]) -> float:
    """How much ``cells`` look like the header of any known CSV file version (0 to 1)."""
    keys = frozenset(norm_header(cell) for cell in cells if cell.strip())
    if not keys:
        return 0.0
    return max((_score(fp, keys) for _spec, fp in _fingerprints()), default=0.0)


@attrs.frozen
class Match:
    """The spec chosen for a file, and how well it fits."""

    spec: FileSpec
    score: float
    name_matches: bool


def select_spec(
    header: Sequence[str],
    name: str,
    *,
    preamble: bool,
    samples: Sequence[dict[str, str]] = (),
    container: Container = Container.CSV,
) -> Match | None:
    """Choose the spec for a file.

    Args:
        header: the header cells as written.
        name: the member path (its base name is the hint).
        preamble: whether the file had a ``Notes:`` preamble.
        samples: the first data rows as ``{normalised header: cell}`` (to tell apart versions whose
            headers are identical, by the shape of their values).
        container: CSV or vCard.

    Returns:
        The best :class:`Match`, or ``None`` when no spec fits well enough (an unknown file).
    """
    if container is not Container.CSV:
        found = [spec for spec in SPECS if spec.container is container]
        return Match(found[0], 1.0, found[0].matches_name(name)) if found else None
    keys = frozenset(norm_header(cell) for cell in header if cell.strip())
    best: tuple[tuple[float, bool, bool, float], Match] | None = None
    for spec, fingerprint in _fingerprints():
        score = _score(fingerprint, keys)
        name_matches = spec.matches_name(name)
        if score < _MIN_SCORE and not (name_matches and score >= _MIN_SCORE_WITH_NAME):
            continue
        rank = (round(score, 6), name_matches, spec.preamble == preamble, _shapes(spec, samples))
        if best is None or rank > best[0]:
            best = (rank, Match(spec, score, name_matches))
    return best[1] if best else None


def _shapes(spec: FileSpec, samples: Sequence[dict[str, str]]) -> float:
    """Share of sample values that have the shape the spec expects (1.0 without shapes)."""
    if not spec.shapes:
        return 0.5
    hits = total = 0
    by_field = {column.field: column.key for column in spec.columns}
    for field, pattern in spec.shapes.items():
        key = by_field.get(field)
        for row in samples:
            value = row.get(key or "", "").strip()
            if value:
                total += 1
                hits += pattern.fullmatch(value) is not None
    return hits / total if total else 0.5
