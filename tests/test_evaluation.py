"""The evaluation set of EMAIL_PHONE.md: every case of ``tests/evaluation/*.tsv`` is one test.

The cases are written from the specification; ``tests/evaluation/evaluate.py`` describes the file
format.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

# tests/ is not a package: make tests/evaluation importable for this module.
sys.path.insert(0, str(Path(__file__).resolve().parent / "evaluation"))

import evaluate

EMAIL_CASES = evaluate.load_email_cases()
PHONE_CASES = evaluate.load_phone_cases()


@pytest.mark.parametrize("case", EMAIL_CASES, ids=[case.id for case in EMAIL_CASES])
def test_email_case(case: evaluate.EmailCase) -> None:
    assert evaluate.check_email(case) == []


@pytest.mark.parametrize("case", PHONE_CASES, ids=[case.id for case in PHONE_CASES])
def test_phone_case(case: evaluate.PhoneCase) -> None:
    assert evaluate.check_phone(case) == []


def test_email_set_size_and_coverage() -> None:
    assert len(EMAIL_CASES) >= 250
    kinds = Counter(case.kind for case in EMAIL_CASES if case.kind)
    assert set(kinds) == set(evaluate.EMAIL_KINDS)
    assert all(kinds[kind] >= 10 for kind in evaluate.EMAIL_KINDS), kinds


def test_every_email_case_names_its_rule() -> None:
    assert [case.line for case in EMAIL_CASES if not case.rule] == []


def test_every_decision_of_section_7_is_covered() -> None:
    decisions = Counter(
        int(match[1]) for case in EMAIL_CASES for match in re.finditer(r"§7\.(\d+)\b", case.rule)
    )
    assert sorted(decisions) == list(range(1, 13)), decisions
    assert all(count >= 2 for count in decisions.values()), decisions


def test_phone_set_size() -> None:
    assert len(PHONE_CASES) >= 50
    assert [case.line for case in PHONE_CASES if not case.rule] == []
