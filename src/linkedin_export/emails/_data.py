"""The shipped domain lists (``data/``), loaded once, lazily, on first classification.

Sources, versions and licences: ``data/SOURCES.md``; notices: ``data/NOTICE``.
"""

from __future__ import annotations

import functools
from importlib import resources

import attrs

from linkedin_export.emails._psl import PublicSuffixList

__all__ = ["DomainData", "domain_data"]


@attrs.frozen
class DomainData:
    """Every list the classifier consults (lower-case ASCII domains)."""

    disposable: frozenset[str]
    freemail: dict[str, str]  # domain -> "free" | "isp"
    education: frozenset[str]
    education_suffixes: frozenset[str]
    curated: dict[str, str]  # domain -> work | free | isp | relay | education | government |
    #                           placeholder | disposable
    roles: frozenset[str]
    psl: PublicSuffixList


def _lines(name: str) -> list[str]:
    text = (resources.files("linkedin_export.emails") / "data" / name).read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def _table(name: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _lines(name):
        parts = line.split("\t")
        if len(parts) >= 2:
            table[parts[0].strip().lower()] = parts[1].strip().lower()
    return table


@functools.cache
def domain_data() -> DomainData:
    """Load the lists (about 20 ms; once per process)."""
    return DomainData(
        disposable=frozenset(_lines("disposable.txt")),
        freemail=_table("freemail.tsv"),
        education=frozenset(_lines("education.txt")),
        education_suffixes=frozenset(_lines("education_suffixes.txt")),
        curated=_table("curated.tsv"),
        roles=frozenset(_lines("roles.txt")),
        psl=PublicSuffixList(
            (
                resources.files("linkedin_export.emails") / "data" / "public_suffix_list.dat"
            ).read_text("utf-8")
        ),
    )
