"""Evaluation set for the email classifier and the phone normaliser (EMAIL_PHONE.md).

The cases live in two tab-separated files next to this module, written from the specification (not
from the code): ``emails.tsv`` for :func:`linkedin_export.classify_email` and ``phones.tsv`` for
:func:`linkedin_export.normalize_phone`. This module loads them, checks one case at a time and
computes accuracy figures; ``tests/test_evaluation.py`` runs every case under pytest, and
``python tests/evaluation/evaluate.py`` prints the accuracy per kind.

File conventions (both files):

- the first line is the header; every other non-empty line is one case, cells separated by one TAB;
  cells are taken literally (no quoting, no trimming: leading spaces in ``address`` or ``raw`` are
  part of the case);
- an empty cell means "not specified" for inputs and "not asserted" for expectations;
- ``-`` in an expectation cell for an optional value means "must be ``None``";
- ``flags`` (emails) is a space-separated list of tokens that must be present; ``!tok`` must be
  absent; ``a|b`` means at least one of them must be present;
- ``warnings`` holds warning codes with the same syntax, or ``-`` alone for "no warnings at all";
- ``is_work`` is ``true``, ``false`` or ``none``; ``is_valid`` (phones) is ``true`` or ``false``;
- ``annotation`` (phones) is compared case-insensitively, ignoring surrounding brackets, colons and
  spaces (``(mobile)``, ``mobile`` and ``Mobile:`` are the same annotation).

Extra email columns after ``note``: ``normalized``, ``registrable_domain``, and ``work_domains`` /
``personal_domains`` (space-separated user overrides, passed to ``classify_email`` only when the
cell is not empty). Extra phone columns after ``note``: ``number_region`` (``PhoneInfo.region``)
and ``assumed_region``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import linkedin_export

__all__ = [
    "EMAIL_COLUMNS",
    "EMAIL_KINDS",
    "PHONE_COLUMNS",
    "EmailCase",
    "PhoneCase",
    "check_email",
    "check_phone",
    "email_accuracy",
    "load_email_cases",
    "load_phone_cases",
    "phone_accuracy",
]

HERE = Path(__file__).resolve().parent
EMAILS_TSV = HERE / "emails.tsv"
PHONES_TSV = HERE / "phones.tsv"

EMAIL_COLUMNS = (
    "address",
    "company",
    "first_name",
    "last_name",
    "kind",
    "is_work",
    "confidence",
    "flags",
    "warnings",
    "dedupe_key",
    "rule",
    "note",
    "normalized",
    "registrable_domain",
    "work_domains",
    "personal_domains",
)
PHONE_COLUMNS = (
    "raw",
    "region",
    "e164",
    "is_valid",
    "number_type",
    "extension",
    "annotation",
    "warnings",
    "rule",
    "note",
    "number_region",
    "assumed_region",
)
#: The seven ``EmailKind`` values.
EMAIL_KINDS = ("work", "personal", "role", "education", "government", "disposable", "invalid")
#: Group name in :func:`email_accuracy` for cases that do not assert a kind.
KIND_NOT_ASSERTED = "(kind not asserted)"

_NONE = "-"
_TRI_STATE = {"true": True, "false": False, "none": None}
_CONFIDENCES = ("high", "medium", "low")


class CaseFileError(ValueError):
    """An evaluation file is malformed (wrong number of cells, unknown value)."""


@dataclasses.dataclass(frozen=True)
class EmailCase:
    """One line of ``emails.tsv``.

    Expectation fields hold the raw cell text (see the module docstring for its syntax); ``""``
    means "not asserted".
    """

    line: int
    address: str
    company: str | None
    first_name: str | None
    last_name: str | None
    kind: str
    is_work: str
    confidence: str
    flags: tuple[str, ...]
    warnings: tuple[str, ...]
    dedupe_key: str
    rule: str
    note: str
    normalized: str
    registrable_domain: str
    work_domains: tuple[str, ...]
    personal_domains: tuple[str, ...]

    @property
    def id(self) -> str:
        """A readable test id: ``line N: address``."""
        return f"line {self.line}: {self.address}"


@dataclasses.dataclass(frozen=True)
class PhoneCase:
    """One line of ``phones.tsv`` (expectations as raw cell text, ``""`` = not asserted)."""

    line: int
    raw: str
    region: str | None
    e164: str
    is_valid: str
    number_type: str
    extension: str
    annotation: str
    warnings: tuple[str, ...]
    rule: str
    note: str
    number_region: str
    assumed_region: str

    @property
    def id(self) -> str:
        """A readable test id: ``line N: raw``."""
        return f"line {self.line}: {self.raw}"


# ----------------------------------------------------------------------------------------- loading


def _read_table(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    header = tuple(lines[0].rstrip("\r").split("\t"))
    if header != columns:
        raise CaseFileError(f"{path.name}: header {header!r} is not {columns!r}")
    rows: list[tuple[int, dict[str, str]]] = []
    for number, line in enumerate(lines[1:], start=2):
        line = line.rstrip("\r")  # noqa: PLW2901 (a CRLF checkout must not change the cases)
        if not line:
            continue
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise CaseFileError(
                f"{path.name} line {number}: {len(cells)} cells, expected {len(columns)}"
            )
        rows.append((number, dict(zip(columns, cells, strict=True))))
    return rows


def _tokens(cell: str) -> tuple[str, ...]:
    return tuple(cell.split())


def _optional(cell: str) -> str | None:
    return cell or None


def _check_choice(path: str, line: int, name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value and value not in allowed:
        raise CaseFileError(f"{path} line {line}: {name} {value!r} is not one of {allowed!r}")


def load_email_cases(path: Path = EMAILS_TSV) -> list[EmailCase]:
    """Every case of ``emails.tsv``, in file order."""
    cases = []
    for line, row in _read_table(path, EMAIL_COLUMNS):
        _check_choice(path.name, line, "kind", row["kind"], EMAIL_KINDS)
        _check_choice(path.name, line, "is_work", row["is_work"], tuple(_TRI_STATE))
        _check_choice(path.name, line, "confidence", row["confidence"], _CONFIDENCES)
        cases.append(
            EmailCase(
                line=line,
                address=row["address"],
                company=_optional(row["company"]),
                first_name=_optional(row["first_name"]),
                last_name=_optional(row["last_name"]),
                kind=row["kind"],
                is_work=row["is_work"],
                confidence=row["confidence"],
                flags=_tokens(row["flags"]),
                warnings=_tokens(row["warnings"]),
                dedupe_key=row["dedupe_key"],
                rule=row["rule"].strip(),
                note=row["note"],
                normalized=row["normalized"],
                registrable_domain=row["registrable_domain"],
                work_domains=_tokens(row["work_domains"]),
                personal_domains=_tokens(row["personal_domains"]),
            )
        )
    return cases


def load_phone_cases(path: Path = PHONES_TSV) -> list[PhoneCase]:
    """Every case of ``phones.tsv``, in file order."""
    cases = []
    for line, row in _read_table(path, PHONE_COLUMNS):
        _check_choice(path.name, line, "is_valid", row["is_valid"], ("true", "false"))
        cases.append(
            PhoneCase(
                line=line,
                raw=row["raw"],
                region=_optional(row["region"]),
                e164=row["e164"],
                is_valid=row["is_valid"],
                number_type=row["number_type"],
                extension=row["extension"],
                annotation=row["annotation"],
                warnings=_tokens(row["warnings"]),
                rule=row["rule"].strip(),
                note=row["note"],
                number_region=row["number_region"],
                assumed_region=row["assumed_region"],
            )
        )
    return cases


# ----------------------------------------------------------------------------------------- checking


def _text(value: object) -> str | None:
    """``None`` stays ``None``; enums (``StrEnum``) and strings become plain strings."""
    return None if value is None else str(value)


def _compare(
    problems: list[str],
    name: str,
    expected: str,
    actual: object,
    normalise: Callable[[str], str] = str,
) -> None:
    """Compare one optional value: ``""`` not asserted, ``-`` must be ``None``, else equal."""
    if not expected:
        return
    got = _text(actual)
    if expected == _NONE:
        if got is not None:
            problems.append(f"{name}: expected None, got {got!r}")
    elif got is None or normalise(got) != normalise(expected):
        problems.append(f"{name}: expected {expected!r}, got {got!r}")


def _compare_tri_state(problems: list[str], name: str, expected: str, actual: object) -> None:
    if expected and _TRI_STATE[expected] is not actual:
        problems.append(f"{name}: expected {_TRI_STATE[expected]!r}, got {actual!r}")


def _check_tokens(
    problems: list[str], name: str, expected: tuple[str, ...], actual: frozenset[str]
) -> None:
    """Apply the ``tok`` / ``!tok`` / ``a|b`` / ``-`` syntax to a set of strings."""
    shown = sorted(actual)
    for token in expected:
        if token == _NONE:
            if actual:
                problems.append(f"{name}: expected none, got {shown}")
        elif token.startswith("!"):
            if token[1:] in actual:
                problems.append(f"{name}: {token[1:]!r} must be absent, got {shown}")
        elif not any(option in actual for option in token.split("|")):
            problems.append(f"{name}: {token!r} missing, got {shown}")


def _codes(warnings: Iterable[object]) -> frozenset[str]:
    return frozenset(str(getattr(warning, "code", warning)) for warning in warnings)


def _context(info: object) -> str:
    reasons = getattr(info, "reasons", None)
    return f" [reasons={reasons!r}]" if reasons else ""


def check_email(case: EmailCase) -> list[str]:
    """The mismatches between ``classify_email`` and one case (``[]`` when it passes)."""
    options: dict[str, Any] = {
        "company": case.company,
        "first_name": case.first_name,
        "last_name": case.last_name,
    }
    if case.work_domains:
        options["work_domains"] = case.work_domains
    if case.personal_domains:
        options["personal_domains"] = case.personal_domains
    try:
        info = linkedin_export.classify_email(case.address, **options)
    except Exception as error:  # noqa: BLE001 (a crash is one more mismatch to report)
        return [f"classify_email raised {type(error).__name__}: {error}"]
    problems: list[str] = []
    _compare(problems, "kind", case.kind, info.kind)
    _compare_tri_state(problems, "is_work", case.is_work, info.is_work)
    _compare(problems, "confidence", case.confidence, info.confidence)
    _check_tokens(problems, "flags", case.flags, frozenset(str(flag) for flag in info.flags))
    _check_tokens(problems, "warnings", case.warnings, _codes(info.warnings))
    _compare(problems, "dedupe_key", case.dedupe_key, info.dedupe_key)
    _compare(problems, "normalized", case.normalized, info.normalized)
    _compare(problems, "registrable_domain", case.registrable_domain, info.registrable_domain)
    if problems:
        problems[-1] += _context(info)
    return problems


def _annotation_key(text: str) -> str:
    return text.strip(" \t()[]{}:-").casefold()


def check_phone(case: PhoneCase) -> list[str]:
    """The mismatches between ``normalize_phone`` and one case (``[]`` when it passes)."""
    try:
        info = linkedin_export.normalize_phone(case.raw, region=case.region)
    except Exception as error:  # noqa: BLE001 (a crash is one more mismatch to report)
        return [f"normalize_phone raised {type(error).__name__}: {error}"]
    problems: list[str] = []
    _compare(problems, "e164", case.e164, info.e164)
    _compare_tri_state(problems, "is_valid", case.is_valid, info.is_valid)
    _compare(problems, "number_type", case.number_type, info.number_type)
    _compare(problems, "extension", case.extension, info.extension)
    _compare(problems, "annotation", case.annotation, info.annotation, _annotation_key)
    _check_tokens(problems, "warnings", case.warnings, _codes(info.warnings))
    _compare(problems, "number_region", case.number_region, info.region)
    _compare(problems, "assumed_region", case.assumed_region, info.assumed_region)
    return problems


# ----------------------------------------------------------------------------------------- accuracy


def email_accuracy(cases: list[EmailCase] | None = None) -> dict[str, tuple[int, int]]:
    """``{expected kind: (passed, total)}``; cases without a kind are grouped under
    ``"(kind not asserted)"``."""
    totals: dict[str, list[int]] = {}
    for case in load_email_cases() if cases is None else cases:
        group = case.kind or KIND_NOT_ASSERTED
        counts = totals.setdefault(group, [0, 0])
        counts[0] += not check_email(case)
        counts[1] += 1
    return {group: (passed, total) for group, (passed, total) in totals.items()}


def phone_accuracy(cases: list[PhoneCase] | None = None) -> tuple[int, int]:
    """``(passed, total)`` over the phone cases."""
    all_cases = load_phone_cases() if cases is None else cases
    passed = sum(not check_phone(case) for case in all_cases)
    return passed, len(all_cases)


def _summary(accuracy: Mapping[str, tuple[int, int]], phones: tuple[int, int]) -> str:
    lines = [f"{group:<22} {passed:>4}/{total:<4}" for group, (passed, total) in accuracy.items()]
    email_passed = sum(passed for passed, _ in accuracy.values())
    email_total = sum(total for _, total in accuracy.values())
    lines.append(f"{'emails':<22} {email_passed:>4}/{email_total:<4}")
    lines.append(f"{'phones':<22} {phones[0]:>4}/{phones[1]:<4}")
    return "\n".join(lines)


if __name__ == "__main__":
    print(_summary(email_accuracy(), phone_accuracy()))
