"""Golden tests: every ``tests/fixtures/**/input.*`` is parsed and compared with ``expected.json``.

The inputs are written by ``tools/make_fixtures.py`` (synthetic data only). After a deliberate
change of behaviour, ``pytest tests/test_golden.py --update-golden`` rewrites every
``expected.json`` from the current output; review the diff before committing it.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

import attrs
import pytest

import linkedin_export as lx
from linkedin_export._formats import SPECS
from linkedin_export.diagnostics import DataWarning, WarningCode
from linkedin_export.models import Record

FIXTURES = Path(__file__).parent / "fixtures"
INPUTS = sorted(FIXTURES.glob("**/input.*"))
EXPECTED = "expected.json"
UPDATE_HINT = "run `pytest tests/test_golden.py --update-golden` and review the diff"

JSON = None | bool | int | float | str | list["JSON"] | dict[str, "JSON"]


def to_jsonable(obj: object) -> JSON:
    """``obj`` as plain JSON data (attrs instances as dicts, recursively).

    Dates become ISO strings, enums their values, frozensets sorted lists, tuples lists, mappings
    (``FrozenDict``) dicts. A record's ``provenance`` is replaced by its ``line``; a warning's
    ``file`` is left out (it is the fixture's path, which depends on the checkout).
    """
    if obj is None or isinstance(obj, bool | int | float):
        return obj
    if isinstance(obj, enum.Enum):  # before str: StrEnum members are strings
        return to_jsonable(obj.value)
    if isinstance(obj, str):
        return obj
    if isinstance(obj, dt.date):  # datetime included
        return obj.isoformat()
    if attrs.has(type(obj)):
        fields = attrs.asdict(cast("attrs.AttrsInstance", obj), recurse=False)
        if isinstance(obj, Record):
            provenance = fields.pop("provenance")
            fields["line"] = provenance.line if provenance is not None else None
        if isinstance(obj, DataWarning):
            del fields["file"]
        return {name: to_jsonable(value) for name, value in fields.items()}
    if isinstance(obj, Mapping):
        return {str(key): to_jsonable(value) for key, value in obj.items()}
    if isinstance(obj, frozenset | set):
        items = [to_jsonable(item) for item in obj]
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
    if isinstance(obj, tuple | list):
        return [to_jsonable(item) for item in obj]
    raise TypeError(f"cannot turn a {type(obj).__name__} into JSON: {obj!r}")


def snapshot(parsed: lx.ParsedFile) -> dict[str, JSON]:
    """What a golden file holds: the file report, every record (typed) and every warning."""
    report = parsed.file
    return {
        "file": {
            "format_id": report.format_id,
            "kind": report.kind,
            "encoding": report.encoding,
            "encoding_guessed": report.encoding_guessed,
            "header": to_jsonable(report.header),
            "header_line": report.header_line,
            "preamble": report.preamble,
            "rows": report.rows,
            "records": report.records,
            "blank_rows": report.blank_rows,
        },
        "records": [
            {"type": type(record).__name__, **cast("dict[str, JSON]", to_jsonable(record))}
            for record in parsed.records
        ],
        "warnings": [to_jsonable(warning) for warning in parsed.warnings],
    }


def render(data: JSON) -> str:
    """The text of an ``expected.json``: stable, readable, diff-friendly."""
    return json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def case_id(path: Path) -> str:
    """``connections/2023`` for ``tests/fixtures/connections/2023/input.csv``."""
    return path.parent.relative_to(FIXTURES).as_posix()


def expected_files() -> list[Path]:
    return [path.with_name(EXPECTED) for path in INPUTS if path.with_name(EXPECTED).is_file()]


@pytest.mark.parametrize("source", INPUTS, ids=case_id)
def test_golden(source: Path, update_golden: bool) -> None:
    parsed = lx.parse_file(source)
    report = parsed.file
    malformed = sum(1 for w in parsed.warnings if w.code is WarningCode.MALFORMED_ROW)
    assert report.rows == report.records + malformed, "every data row is a record or a warning"
    assert len(parsed.records) == report.records
    actual = snapshot(parsed)
    expected_path = source.with_name(EXPECTED)
    if update_golden:
        expected_path.write_text(render(actual), encoding="utf-8", newline="\n")
        return
    if not expected_path.is_file():
        pytest.fail(f"{case_id(source)} has no {EXPECTED}; {UPDATE_HINT}")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    # Through JSON and back, so that the comparison sees exactly what the file would hold.
    assert json.loads(render(actual)) == expected, f"{case_id(source)} changed; {UPDATE_HINT}"


def test_fixtures_exist() -> None:
    assert INPUTS, f"no input.* under {FIXTURES}; run python tools/make_fixtures.py"


def test_every_input_has_expected(update_golden: bool) -> None:
    if update_golden:
        pytest.skip("expected.json files are being rewritten")
    missing = [case_id(path) for path in INPUTS if not path.with_name(EXPECTED).is_file()]
    assert not missing, f"fixtures without {EXPECTED}: {missing}; {UPDATE_HINT}"


def test_one_input_per_case() -> None:
    folders = [path.parent for path in INPUTS]
    doubled = sorted({case_id(path) for path in INPUTS if folders.count(path.parent) > 1})
    assert not doubled, f"case folders with more than one input.* file: {doubled}"


def test_every_spec_has_a_fixture() -> None:
    found: set[str] = set()
    for path in expected_files():
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if data["file"]["format_id"]:
            found.add(data["file"]["format_id"])
    wanted = {spec.id for spec in SPECS}
    assert not wanted - found, f"specs without a golden fixture: {sorted(wanted - found)}"
