"""Everything the library returns pickles: exports (a deferred one too), every model class,
warnings and every exception, so that work can be sent to process pools, Dask or Spark.

Instances come from real loads: the era archives of ``test_era_archives`` (one per era), the
bundled sample (an article, a file without a model) and every golden fixture input (every spec).
"""

from __future__ import annotations

import importlib
import inspect
import pickle
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import attrs
import pytest

import linkedin_export as lx
from linkedin_export import _load, errors, models
from test_era_archives import ERAS
from test_era_archives import _zip as era_zip

FIXTURES = Path(__file__).parent / "fixtures"


def round_trip(obj: object) -> Any:
    """``obj`` pickled and unpickled (our own bytes, never untrusted data)."""
    return pickle.loads(pickle.dumps(obj))  # noqa: S301


def model_classes() -> list[type]:
    """Every attrs class defined in ``linkedin_export.models`` and its modules."""
    found: dict[str, type] = {}
    modules = [models] + [
        importlib.import_module(f"{models.__name__}.{info.name}")
        for info in pkgutil.iter_modules(models.__path__)
    ]
    for module in modules:
        for _, value in inspect.getmembers(module, inspect.isclass):
            if value.__module__.startswith(models.__name__) and attrs.has(value):
                found[f"{value.__module__}.{value.__qualname__}"] = value
    return [found[name] for name in sorted(found)]


def reachable(obj: object) -> Iterator[object]:
    """``obj`` and every attrs instance inside it (fields, tuples, mappings), depth first."""
    stack = [obj]
    while stack:
        item = stack.pop()
        if attrs.has(type(item)):
            yield item
            fields = attrs.fields(cast("type[attrs.AttrsInstance]", type(item)))
            stack.extend(getattr(item, a.name) for a in fields)
        elif isinstance(item, tuple | list | frozenset):
            stack.extend(item)
        elif isinstance(item, lx.FrozenDict):
            stack.extend(item.values())


@pytest.fixture(scope="module")
def exports() -> list[lx.Export]:
    loaded = [lx.load(era_zip(era), name=era.zip_name) for era in ERAS.values()]
    return [*loaded, lx.load(lx.sample_export_path())]


@pytest.fixture(scope="module")
def instances(exports: list[lx.Export]) -> dict[type, object]:
    """One instance of every model class, the first found."""
    roots: list[object] = []
    for export in exports:
        roots.extend([export.archive, *export.conversations, *export.warnings])
        for records in export._by_file.values():
            roots.extend(records)
    for source in sorted(FIXTURES.glob("**/input.*")):
        roots.extend(lx.parse_file(source).records)
    # The base class, never made by a load on its own.
    found: dict[type, object] = {lx.Record: lx.Record(provenance=lx.Provenance("Notes.csv", 2))}
    for root in roots:
        for item in reachable(root):
            found.setdefault(type(item), item)
    return found


def test_every_model_class_is_found(instances: dict[type, object]) -> None:
    classes = model_classes()
    assert len(classes) > 70
    missing = [cls.__qualname__ for cls in classes if cls not in instances]
    assert not missing, f"no loaded instance of {missing}"


@pytest.mark.parametrize("cls", model_classes(), ids=lambda cls: cls.__qualname__)
def test_every_model_pickles(cls: type, instances: dict[type, object]) -> None:
    obj = instances[cls]
    copy = round_trip(obj)
    assert type(copy) is cls
    assert copy == obj
    assert hash(copy) == hash(obj)
    # Fields excluded from equality (provenance, format_id, warnings) survive too.
    for field in attrs.fields(cls):
        assert getattr(copy, field.name) == getattr(obj, field.name), field.name


def test_data_warning_pickles(exports: list[lx.Export]) -> None:
    warnings = [w for export in exports for w in export.warnings]
    assert {w.code for w in warnings} >= {
        lx.WarningCode.HIDDEN_MEMBER,
        lx.WarningCode.MOJIBAKE_REPAIRED,
        lx.WarningCode.INVALID_EMAIL,
    }
    copies = round_trip(warnings)
    assert copies == warnings
    assert all(type(c.code) is lx.WarningCode and type(c.severity) is lx.Severity for c in copies)
    assert [str(c) for c in copies] == [str(w) for w in warnings]


def test_exports_pickle(exports: list[lx.Export]) -> None:
    for export in exports:
        copy = round_trip(export)
        assert copy == export
        assert repr(copy) == repr(export)
        assert copy.files == export.files
        assert copy.warnings == export.warnings
        assert copy.messages == export.messages
        assert copy.conversations == export.conversations
        assert [r.provenance for r in copy.connections] == [
            r.provenance for r in export.connections
        ]
        assert copy.report() == export.report()


def test_a_deferred_export_pickles(monkeypatch: pytest.MonkeyPatch) -> None:
    era = ERAS[2024]
    data = era_zip(era)
    eager = lx.load(data, name=era.zip_name)
    monkeypatch.setattr(_load, "DEFER_BYTES", -1)
    lazy = lx.load(data, name=era.zip_name)
    assert "messages not read yet" in repr(lazy)
    copy = round_trip(lazy)  # reads the messages, then pickles what an eager load holds
    assert "messages not read yet" not in repr(copy)
    assert copy == eager
    assert copy.messages == eager.messages
    assert list(copy.iter_messages()) == list(eager.messages)


def test_results_of_merge_diff_and_report_pickle(exports: list[lx.Export]) -> None:
    twenty_one, twenty_four = exports[2], exports[3]
    merged = lx.merge(twenty_one, twenty_four)
    assert round_trip(merged) == merged
    difference = lx.diff(twenty_one, twenty_four)
    copy = round_trip(difference)
    assert copy == difference
    assert str(copy) == str(difference)
    report = twenty_four.report()
    assert round_trip(report) == report


def _error_examples() -> dict[type, Callable[[], BaseException]]:
    warning = lx.DataWarning.make(lx.WarningCode.INVALID_DATE, "bad date", file="C.csv", line=3)
    return {
        errors.LinkedInExportError: lambda: errors.LinkedInExportError("cannot read it"),
        errors.UnreadableInputError: lambda: errors.UnreadableInputError("not a zip"),
        errors.LimitExceededError: lambda: errors.LimitExceededError("too many", "max_entries"),
        errors.DataQualityError: lambda: errors.DataQualityError("1 warning", [warning]),
        errors.DifferentMembersError: lambda: errors.DifferentMembersError("two members"),
        errors.MissingDependencyError: lambda: errors.MissingDependencyError(
            'to_frame() needs pandas: pip install "linkedin-export[pandas]"', "pandas"
        ),
    }


def test_every_exception_class_has_an_example() -> None:
    classes = {
        value
        for _, value in inspect.getmembers(errors, inspect.isclass)
        if issubclass(value, BaseException) and value.__module__ == errors.__name__
    }
    assert classes == set(_error_examples())
    assert set(errors.__all__) == {cls.__name__ for cls in classes}


@pytest.mark.parametrize("cls", list(_error_examples()), ids=lambda cls: cls.__name__)
def test_every_exception_pickles(cls: type[BaseException]) -> None:
    error = _error_examples()[cls]()
    copy = round_trip(error)
    assert type(copy) is cls
    assert str(copy) == str(error)
    assert copy.args == error.args
    assert vars(copy) == vars(error)  # limit, warnings
    assert isinstance(copy, lx.LinkedInExportError)
    assert isinstance(copy, ValueError)


def test_real_errors_pickle() -> None:
    """Errors as raised, with their traceback-free state."""
    raised: list[BaseException] = []
    bad_date = b"First Name,Last Name,Email Address,Company,Position,Connected On\nA,B,,,,soon\n"
    mara = lx.load(era_zip(ERAS[2024]), name=ERAS[2024].zip_name)
    calls: list[Callable[[], object]] = [
        lambda: lx.load(b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
        lambda: lx.load(bad_date, name="Connections.csv", strict=True),
        lambda: lx.merge(mara, lx.load(lx.sample_export_path())),
    ]
    for call in calls:
        try:
            call()
        except lx.LinkedInExportError as caught:
            raised.append(caught)
    assert [type(e) for e in raised] == [
        lx.UnreadableInputError,
        lx.DataQualityError,
        lx.DifferentMembersError,
    ]
    for error in raised:
        copy = round_trip(error)
        assert (type(copy), str(copy), vars(copy)) == (type(error), str(error), vars(error))
