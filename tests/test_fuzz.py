"""Fuzzing: valid exports, mutated, never break the loader's promises.

The seeds are the golden fixture inputs (``tests/fixtures/**/input.*``) and the members of the
bundled sample export, all synthetic. Hypothesis mutates them (lines dropped, duplicated or
reordered; the file truncated; re-encoded as UTF-16 or cp1252; quotes, line breaks, NULs and byte
order marks injected; bytes flipped) and checks, for every load:

- nothing but a :class:`~linkedin_export.LinkedInExportError` is ever raised;
- row accounting: for every file, ``rows == records + malformed-row warnings of that file``;
- every warning's and record's line is a line of its file (``1 <= line <= lines``);
- loading is deterministic: two loads of the same bytes are equal, warnings and lines included.

Two profiles: the default runs a few dozen examples per test with the normal test command;
``LX_FUZZ=long`` runs many more (CI runs it as a separate, time-bounded step). For runs of hours,
see ``fuzz/README.md`` (atheris).
"""

from __future__ import annotations

import io
import os
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import linkedin_export as lx
from linkedin_export._reading.decode import decode, text_lines

FIXTURES = Path(__file__).parent / "fixtures"

settings.register_profile(
    "lx-fuzz",
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("lx-fuzz-long", settings.get_profile("lx-fuzz"), max_examples=1000)
_PROFILES = {"": "lx-fuzz", "default": "lx-fuzz", "long": "lx-fuzz-long"}
if os.environ.get("LX_FUZZ", "") not in _PROFILES:
    raise pytest.UsageError(
        f"LX_FUZZ={os.environ['LX_FUZZ']!r} is not a fuzz profile; use LX_FUZZ=long or unset it"
    )
FUZZ = settings.get_profile(_PROFILES[os.environ.get("LX_FUZZ", "")])


def _seeds() -> list[tuple[str, bytes]]:
    """Every golden input (named as in its folder) and every member of the sample export."""
    seeds = [(path.name, path.read_bytes()) for path in sorted(FIXTURES.glob("**/input.*"))]
    with zipfile.ZipFile(lx.sample_export_path()) as zf:
        seeds += [(info.filename, zf.read(info)) for info in zf.infolist() if not info.is_dir()]
    return seeds


SEEDS = _seeds()
SAMPLE_NAMES = sorted({name for name, _ in SEEDS if not name.startswith("input.")})
INJECTED = [b'"', b'""', b"\n", b"\r", b"\r\n", b'"\n', b"\x00", b"\xef\xbb\xbf", b",", b"\t"]
ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "cp1252", "utf-8-sig", "latin-1"]


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` after one to four mutations."""
    for _ in range(draw(st.integers(1, 4))):
        lines = data.splitlines(keepends=True) or [b""]
        i = draw(st.integers(0, len(lines) - 1))
        j = draw(st.integers(0, len(lines) - 1))
        at = draw(st.integers(0, len(data)))
        op = draw(
            st.sampled_from(
                ["drop", "duplicate", "swap", "shuffle", "truncate", "reencode", "inject", "flip"]
            )
        )
        if op == "drop":
            del lines[i]
        elif op == "duplicate":
            lines.insert(j, lines[i])
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "shuffle":
            lines = draw(st.permutations(lines))
        if op in {"drop", "duplicate", "swap", "shuffle"}:
            data = b"".join(lines)
        elif op == "truncate":
            data = data[:at]
        elif op == "reencode":
            text = decode(data).text
            data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
        elif op == "inject":
            junk = draw(st.sampled_from(INJECTED) | st.binary(min_size=1, max_size=3))
            data = data[:at] + junk + data[at:]
        elif data:
            where = min(at, len(data) - 1)
            data = (
                data[:where] + bytes([data[where] ^ draw(st.integers(1, 255))]) + data[where + 1 :]
            )
    return data


@st.composite
def mutated_files(draw: st.DrawFn) -> tuple[str, bytes]:
    """One seed, mutated, under its own name or another LinkedIn file's name."""
    name, data = draw(st.sampled_from(SEEDS))
    name = draw(st.sampled_from([name, name, *SAMPLE_NAMES]))
    return name, draw(mutated(data))


@st.composite
def archives(draw: st.DrawFn) -> dict[str, bytes]:
    """A few seeds (mutated or not) under distinct names, as an export's members."""
    picked = draw(st.lists(st.sampled_from(range(len(SEEDS))), min_size=1, max_size=5))
    folder = draw(st.sampled_from(["", "Complete_LinkedInDataExport_01-02-2026/"]))
    members: dict[str, bytes] = {}
    for index in picked:
        name, data = SEEDS[index]
        if draw(st.booleans()):
            data = draw(mutated(data))
        stem = name if name not in members else f"{len(members)}-{name}"
        members[folder + stem] = data
    return members


def zipped(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def line_count(data: bytes) -> int:
    """Physical lines of the file as the loader decodes it (an empty file has one, as in an
    editor)."""
    return max(sum(1 for _ in text_lines(decode(data).text)), 1)


def with_rows(export: lx.Export) -> set[str]:
    """Names of the files that have rows (``export.records`` knows only those)."""
    return {report.name for report in export.files if report.rows or report.records}


def check_invariants(export: lx.Export, members: dict[str, bytes] | None) -> None:
    """Row accounting, and, when the members' bytes are known, lines within their files."""
    malformed = Counter(w.file for w in export.warnings if w.code is lx.WarningCode.MALFORMED_ROW)
    for report in export.files:
        assert report.rows == report.records + malformed[report.path], report
    assert len(export.files) == len({report.path for report in export.files})
    if members is None:
        return
    lines = {path: line_count(data) for path, data in members.items()}
    for warning in export.warnings:
        if warning.line is not None:
            assert warning.file in lines, warning
            assert 1 <= warning.line <= lines[warning.file], (warning, lines[warning.file])
    for name in with_rows(export):
        for record in export.records(name):
            where = record.provenance
            assert where is not None
            assert 1 <= where.line <= lines[where.file], (where, lines[where.file])


def check_deterministic(first: lx.Export, second: lx.Export) -> None:
    assert first == second
    assert first.files == second.files
    assert first.warnings == second.warnings
    for name in with_rows(first):
        one, two = first.records(name), second.records(name)
        assert [r.provenance for r in one] == [r.provenance for r in two]


def load_or_none(data: bytes, name: str | None = None) -> lx.Export | None:
    try:
        return lx.load(data, name=name)
    except lx.LinkedInExportError:
        return None


@FUZZ
@given(mutated_files())
def test_mutated_files(drawn: tuple[str, bytes]) -> None:
    name, data = drawn
    try:
        parsed = lx.parse_file(data, name=name)
    except lx.LinkedInExportError:
        parsed = None
    if parsed is not None:
        malformed = sum(1 for w in parsed.warnings if w.code is lx.WarningCode.MALFORMED_ROW)
        assert parsed.file.rows == parsed.file.records + malformed
        assert parsed.file.records == len(parsed.records)
        assert lx.parse_file(data, name=name) == parsed
    export = load_or_none(data, name)
    if export is None:
        return
    check_invariants(export, {name: data})
    again = load_or_none(data, name)
    assert again is not None
    check_deterministic(export, again)


@FUZZ
@given(archives())
def test_mutated_archives(members: dict[str, bytes]) -> None:
    data = zipped(members)
    export = load_or_none(data, "Complete_LinkedInDataExport_01-02-2026.zip")
    assert export is not None  # a sound zip of small members is always loaded
    assert {report.path for report in export.files} | set(export.ignored) == set(members)
    check_invariants(export, members)
    again = load_or_none(data, "Complete_LinkedInDataExport_01-02-2026.zip")
    assert again is not None
    check_deterministic(export, again)


@FUZZ
@given(archives(), st.data())
def test_damaged_archives(members: dict[str, bytes], data: st.DataObject) -> None:
    damaged = data.draw(mutated(zipped(members)))
    export = load_or_none(damaged)
    if export is None:
        return
    check_invariants(export, None)
    again = load_or_none(damaged)
    assert again is not None
    check_deterministic(export, again)
