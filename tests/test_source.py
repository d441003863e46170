"""Tests of ``linkedin_export._reading.source``: opening zips, folders, files, bytes and streams."""

from __future__ import annotations

import contextlib
import io
import os
import pickle
import struct
import warnings
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linkedin_export._reading.source import Limits, Member, Source, open_source
from linkedin_export.diagnostics import WarningCode
from linkedin_export.errors import LimitExceededError, LinkedInExportError, UnreadableInputError

LIMITS = Limits()
CSV = b"First Name,Last Name\nAda,Lovelace\n"


def make_zip(
    files: dict[str, bytes] | Iterable[tuple[str, bytes]],
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """A zip archive in memory; a list of pairs allows duplicate names."""
    items = files.items() if isinstance(files, dict) else files
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in items:
            zf.writestr(name, data)
    return buf.getvalue()


def patch_headers(data: bytes, local_offset: int, central_offset: int, value: int) -> bytes:
    """Overwrite one 2-byte field of every local and central directory header."""
    buf = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", local_offset), (b"PK\x01\x02", central_offset)):
        start = buf.find(signature)
        while start != -1:
            struct.pack_into("<H", buf, start + offset, value)
            start = buf.find(signature, start + 4)
    return bytes(buf)


def names(source: Source) -> list[str]:
    return [m.name for m in source.members]


def paths(source: Source) -> list[str]:
    return [m.path for m in source.members]


def by_name(source: Source, name: str) -> Member:
    (member,) = [m for m in source.members if m.name == name]
    return member


def forbid_decompression(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("a member was decompressed while listing")

    monkeypatch.setattr(zipfile.ZipFile, "open", fail)


# --- zip layouts -------------------------------------------------------------------------------


def test_zip_at_root() -> None:
    data = make_zip({"Connections.csv": CSV, "Jobs/Saved Jobs.csv": b"x", "Profile.csv": b""})
    source = open_source(data, limits=LIMITS)
    assert source.container == "zip"
    assert source.label == "<bytes>"
    assert names(source) == ["Connections.csv", "Jobs/Saved Jobs.csv", "Profile.csv"]
    assert paths(source) == names(source)
    connections = by_name(source, "Connections.csv")
    assert connections.size == len(CSV)
    assert connections.read() == CSV
    assert by_name(source, "Profile.csv").read() == b""
    assert source.ignored == ()
    assert source.warnings == ()


def test_zip_with_one_top_folder_strips_names_but_keeps_paths() -> None:
    top = "Complete_LinkedInDataExport_11-20-2026"
    data = make_zip({f"{top}/Connections.csv": CSV, f"{top}/Jobs/Saved Jobs.csv": b"x"})
    source = open_source(data, limits=LIMITS)
    assert names(source) == ["Connections.csv", "Jobs/Saved Jobs.csv"]
    assert paths(source) == [f"{top}/Connections.csv", f"{top}/Jobs/Saved Jobs.csv"]
    assert by_name(source, "Connections.csv").read() == CSV


def test_zip_with_directory_entries_skips_them() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.mkdir("Export")
        zf.writestr("Export/Connections.csv", CSV)
        zf.mkdir("Export/Empty")
    source = open_source(buf.getvalue(), limits=LIMITS)
    assert names(source) == ["Connections.csv"]


@pytest.mark.parametrize(
    "layout",
    [
        ["A/Connections.csv", "B/Profile.csv"],
        ["Connections.csv", "Jobs/Saved Jobs.csv"],
        ["Export/Connections.csv", "Profile.csv"],
    ],
)
def test_zip_with_mixed_top_level_is_not_stripped(layout: list[str]) -> None:
    source = open_source(make_zip(dict.fromkeys(layout, b"x")), limits=LIMITS)
    assert names(source) == sorted(layout)
    assert paths(source) == sorted(layout)


def test_members_are_sorted_by_name() -> None:
    order = ["b.csv", "C/z.csv", "a.csv", "Z.csv", "C/a.csv"]
    source = open_source(make_zip(dict.fromkeys(order, b"")), limits=LIMITS)
    assert names(source) == sorted(order)


def test_member_read_twice_returns_same_bytes(tmp_path: Path) -> None:
    payload = os.urandom(5000)
    source = open_source(make_zip({"blob.bin": payload}), limits=LIMITS)
    member = source.members[0]
    assert member.read() == payload
    assert member.read() == payload
    (tmp_path / "f.csv").write_bytes(CSV)
    folder_member = open_source(tmp_path, limits=LIMITS).members[0]
    assert folder_member.read() == folder_member.read() == CSV


def test_duplicate_member_names_are_both_listed() -> None:
    with pytest.warns(UserWarning, match="Duplicate name"):
        data = make_zip([("Connections.csv", b"first"), ("Connections.csv", b"second")])
    source = open_source(data, limits=LIMITS)
    assert names(source) == ["Connections.csv", "Connections.csv"]
    assert paths(source) == ["Connections.csv", "Connections.csv (2)"]
    assert [m.read() for m in source.members] == [b"first", b"second"]


def test_os_clutter_is_ignored_and_listed() -> None:
    data = make_zip(
        {
            "Export/Connections.csv": CSV,
            "Export/.DS_Store": b"junk",
            "Export/Thumbs.db": b"junk",
            "Export/desktop.ini": b"junk",
            "Export/._Connections.csv": b"junk",
            "__MACOSX/Export/._Connections.csv": b"junk",
        }
    )
    source = open_source(data, limits=LIMITS)
    # The clutter outside ``Export/`` does not prevent stripping the top folder.
    assert names(source) == ["Connections.csv"]
    assert source.ignored == (
        "Export/.DS_Store",
        "Export/._Connections.csv",
        "Export/Thumbs.db",
        "Export/desktop.ini",
        "__MACOSX/Export/._Connections.csv",
    )


def test_hostile_member_names_are_only_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    data = make_zip(
        {
            "../../evil.csv": b"1",
            "/etc/passwd": b"2",
            "C:\\Windows\\win.ini": b"3",
            "a\\b.csv": b"4",
            "./x//./y.csv": b"5",
        }
    )
    source = open_source(data, limits=LIMITS)
    assert names(source) == [
        "../../evil.csv",
        "Windows/win.ini",
        "a/b.csv",
        "etc/passwd",
        "x/y.csv",
    ]
    assert sorted(m.read() for m in source.members) == [b"1", b"2", b"3", b"4", b"5"]
    assert list(work.iterdir()) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["work"]


def test_listing_20000_entries_reads_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    data = make_zip(((f"Export/f{i:05}.csv", b"") for i in range(20_000)), zipfile.ZIP_STORED)
    forbid_decompression(monkeypatch)
    source = open_source(data, limits=LIMITS)
    assert len(source.members) == 20_000
    assert source.members[0].name == "f00000.csv"


def test_empty_zip() -> None:
    data = make_zip({})
    assert data.startswith(b"PK\x05\x06")
    source = open_source(data, limits=LIMITS)
    assert source.container == "zip"
    assert source.members == ()


# --- nested zips -------------------------------------------------------------------------------


def test_zip_whose_only_member_is_a_zip_uses_inner_names() -> None:
    inner = make_zip({"Complete_Export/Connections.csv": CSV, "Complete_Export/Profile.csv": b"p"})
    source = open_source(make_zip({"Outer/export.zip": inner, "__MACOSX/._x": b""}), limits=LIMITS)
    assert source.container == "zip"
    assert names(source) == ["Connections.csv", "Profile.csv"]
    assert paths(source) == [
        "Outer/export.zip/Complete_Export/Connections.csv",
        "Outer/export.zip/Complete_Export/Profile.csv",
    ]
    assert by_name(source, "Connections.csv").read() == CSV
    assert source.warnings == ()


def test_zip_containing_a_zip_and_other_files_prefixes_inner_names() -> None:
    inner = make_zip({"Top/a.csv": b"a", "Top/sub/b.csv": b"b"})
    outer = make_zip({"Export/Connections.csv": CSV, "Export/Extra.ZIP": inner})
    source = open_source(outer, limits=LIMITS)
    assert names(source) == ["Connections.csv", "Extra/a.csv", "Extra/sub/b.csv"]
    assert by_name(source, "Extra/sub/b.csv").path == "Export/Extra.ZIP/Top/sub/b.csv"
    assert by_name(source, "Extra/a.csv").read() == b"a"


def test_zip_nested_beyond_max_nesting_is_kept_and_warned() -> None:
    deepest = make_zip({"c.csv": b"c"})
    middle = make_zip({"b.csv": b"b", "deep.zip": deepest})
    outer = make_zip({"a.csv": b"a", "middle.zip": middle})
    source = open_source(outer, limits=LIMITS)
    assert names(source) == ["a.csv", "middle/b.csv", "middle/deep.zip"]
    kept = by_name(source, "middle/deep.zip")
    assert kept.read() == deepest
    (warning,) = source.warnings
    assert warning.code == WarningCode.LIMIT_EXCEEDED
    assert warning.file == "middle.zip/deep.zip"
    assert "nested deeper than 1 level" in warning.message

    deeper = open_source(outer, limits=Limits(max_nesting=2))
    assert names(deeper) == ["a.csv", "middle/b.csv", "middle/deep/c.csv"]
    assert deeper.warnings == ()

    flat = open_source(outer, limits=Limits(max_nesting=0))
    assert names(flat) == ["a.csv", "middle.zip"]
    assert [w.file for w in flat.warnings] == ["middle.zip"]


def test_nested_member_that_is_not_a_zip_is_kept_and_warned() -> None:
    source = open_source(make_zip({"a.csv": b"a", "fake.zip": b"not a zip"}), limits=LIMITS)
    assert names(source) == ["a.csv", "fake.zip"]
    (warning,) = source.warnings
    assert warning.code == WarningCode.UNREADABLE_FILE
    assert warning.file == "fake.zip"


def test_nested_entries_count_towards_max_entries() -> None:
    inner = make_zip({"x.csv": b"", "y.csv": b""})
    outer = make_zip({"a.csv": b"", "inner.zip": inner})
    assert len(open_source(outer, limits=Limits(max_entries=4)).members) == 3
    with pytest.raises(LimitExceededError) as info:
        open_source(outer, limits=Limits(max_entries=3))
    assert info.value.limit == "max_entries"


def test_encrypted_nested_zip_raises() -> None:
    inner = patch_headers(make_zip({"x.csv": b"x"}, zipfile.ZIP_STORED), 6, 8, 0x1)
    outer = make_zip({"a.csv": b"", "inner.zip": inner}, zipfile.ZIP_STORED)
    with pytest.raises(UnreadableInputError, match="password"):
        open_source(outer, limits=LIMITS)


# --- damaged and hostile archives -------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        b"PK\x03\x04" + b"garbage" * 20,
        b"PK\x05\x06",
        make_zip({"Connections.csv": CSV * 50})[
            : len(make_zip({"Connections.csv": CSV * 50})) // 2
        ],
    ],
    ids=["garbage", "short-end-record", "truncated"],
)
def test_unreadable_zip_raises_our_error(data: bytes) -> None:
    with pytest.raises(UnreadableInputError, match="not a readable zip archive") as info:
        open_source(data, limits=LIMITS)
    assert isinstance(info.value, ValueError)
    assert not isinstance(info.value, zipfile.BadZipFile)
    assert "Download the export from LinkedIn again" in str(info.value)


def test_corrupt_stored_member_fails_on_read_only() -> None:
    data = make_zip({"good.csv": b"good", "bad.csv": b"hello world"}, zipfile.ZIP_STORED)
    source = open_source(data.replace(b"hello world", b"hellO world"), limits=LIMITS)
    assert names(source) == ["bad.csv", "good.csv"]
    with pytest.raises(UnreadableInputError, match=r"bad\.csv: cannot be read from the archive"):
        by_name(source, "bad.csv").read()
    assert by_name(source, "good.csv").read() == b"good"


def test_corrupt_deflated_member_fails_on_read() -> None:
    payload = bytes(range(256)) * 64
    data = bytearray(make_zip({"x.bin": payload}))
    start = 30 + len("x.bin")  # local header, then the compressed data
    for i in range(start + 10, start + 40):
        data[i] ^= 0xFF
    source = open_source(bytes(data), limits=LIMITS)
    with pytest.raises(UnreadableInputError):
        source.members[0].read()


def test_unsupported_compression_fails_on_read() -> None:
    data = patch_headers(make_zip({"x.csv": b"x"}, zipfile.ZIP_STORED), 8, 10, 99)
    source = open_source(data, limits=LIMITS)
    with pytest.raises(UnreadableInputError, match="cannot be read"):
        source.members[0].read()


def test_header_understating_size_fails_on_read() -> None:
    data = bytearray(make_zip({"x.csv": b"0123456789"}, zipfile.ZIP_STORED))
    struct.pack_into("<I", data, 22, 4)  # local header: uncompressed size
    central = data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, 4)  # central directory: uncompressed size
    source = open_source(bytes(data), limits=LIMITS)
    assert source.members[0].size == 4
    with pytest.raises(UnreadableInputError):
        source.members[0].read()


def test_encrypted_member_raises_with_password_advice() -> None:
    data = patch_headers(make_zip({"Connections.csv": CSV}, zipfile.ZIP_STORED), 6, 8, 0x1)
    assert zipfile.ZipFile(io.BytesIO(data)).infolist()[0].flag_bits & 0x1
    with pytest.raises(UnreadableInputError, match="password") as info:
        open_source(data, limits=LIMITS)
    assert "extracted folder" in str(info.value)


def test_zip_bomb_by_ratio_is_refused_before_decompression(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = make_zip({"Export/bomb.csv": bytes(5 * 1024**2)})
    forbid_decompression(monkeypatch)
    with pytest.raises(LimitExceededError) as info:
        open_source(data, limits=LIMITS)
    assert info.value.limit == "max_ratio"
    message = str(info.value)
    assert "Export/bomb.csv" in message
    assert "zip bomb" in message
    assert "lx.Limits(max_ratio=" in message
    with pytest.raises(LimitExceededError, match="max_ratio"):
        open_source(data, limits=Limits(max_ratio=2))


def test_high_ratio_allowed_below_one_mebibyte_or_when_trusted() -> None:
    small = make_zip({"zeros.csv": bytes(1024**2)})
    assert open_source(small, limits=Limits(max_ratio=2)).members[0].size == 1024**2
    big = make_zip({"zeros.csv": bytes(2 * 1024**2)})
    assert len(open_source(big, limits=Limits(max_ratio=10_000)).members[0].read()) == 2 * 1024**2


def test_too_many_entries() -> None:
    data = make_zip({f"f{i}.csv": b"" for i in range(4)})
    with pytest.raises(LimitExceededError, match="max_entries=3") as info:
        open_source(data, limits=Limits(max_entries=3))
    assert info.value.limit == "max_entries"
    assert len(open_source(data, limits=Limits(max_entries=4)).members) == 4


def test_total_size() -> None:
    data = make_zip({"a.csv": b"x" * 60, "b.csv": b"x" * 60})
    with pytest.raises(LimitExceededError, match="max_total_bytes=100") as info:
        open_source(data, limits=Limits(max_total_bytes=100))
    assert info.value.limit == "max_total_bytes"


def test_member_larger_than_max_member_bytes() -> None:
    data = make_zip({"a.csv": b"x" * 10, "big.csv": b"x" * 101})
    with pytest.raises(LimitExceededError, match=r"big\.csv") as info:
        open_source(data, limits=Limits(max_member_bytes=100))
    assert info.value.limit == "max_member_bytes"


def test_zip_file_on_disk_larger_than_total_limit(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(make_zip({"a.csv": os.urandom(500)}))
    with pytest.raises(LimitExceededError) as info:
        open_source(path, limits=Limits(max_total_bytes=100))
    assert info.value.limit == "max_total_bytes"


# --- folders -----------------------------------------------------------------------------------


def test_folder_source(tmp_path: Path) -> None:
    (tmp_path / "Connections.csv").write_bytes(CSV)
    (tmp_path / "Jobs").mkdir()
    (tmp_path / "Jobs" / "Saved Jobs.csv").write_bytes(b"jobs")
    source = open_source(tmp_path, limits=LIMITS)
    assert source.container == "folder"
    assert source.label == tmp_path.name
    assert names(source) == paths(source) == ["Connections.csv", "Jobs/Saved Jobs.csv"]
    assert by_name(source, "Jobs/Saved Jobs.csv").size == 4
    assert by_name(source, "Connections.csv").read() == CSV


def test_folder_with_one_top_folder_is_stripped(tmp_path: Path) -> None:
    top = tmp_path / "Basic_LinkedInDataExport_01-02-2024"
    (top / "Jobs").mkdir(parents=True)
    (top / "Connections.csv").write_bytes(CSV)
    (top / "Jobs" / "Saved Jobs.csv").write_bytes(b"jobs")
    (tmp_path / ".DS_Store").write_bytes(b"junk")
    (tmp_path / "__MACOSX").mkdir()
    (tmp_path / "__MACOSX" / "._x").write_bytes(b"junk")
    source = open_source(str(tmp_path), limits=LIMITS)
    assert names(source) == ["Connections.csv", "Jobs/Saved Jobs.csv"]
    assert paths(source) == [f"{top.name}/Connections.csv", f"{top.name}/Jobs/Saved Jobs.csv"]
    assert source.ignored == (".DS_Store", "__MACOSX/._x")


def test_folder_symlinks_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    (outside / "secret").mkdir(parents=True)
    (outside / "secret.csv").write_bytes(b"secret")
    export = tmp_path / "export"
    export.mkdir()
    (export / "Connections.csv").write_bytes(CSV)
    try:
        (export / "link.csv").symlink_to(outside / "secret.csv")
        (export / "linkdir").symlink_to(outside / "secret", target_is_directory=True)
    except OSError:  # pragma: no cover - platforms without symlinks
        pytest.skip("symbolic links are not supported here")
    source = open_source(export, limits=LIMITS)
    assert names(source) == ["Connections.csv"]
    assert sorted((w.code, w.file, w.message) for w in source.warnings) == [
        (WarningCode.UNREADABLE_FILE, "link.csv", "symbolic link not followed"),
        (WarningCode.UNREADABLE_FILE, "linkdir", "symbolic link not followed"),
    ]


def test_folder_limits(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"f{i}.csv").write_bytes(b"x" * 50)
    with pytest.raises(LimitExceededError) as entries:
        open_source(tmp_path, limits=Limits(max_entries=2))
    assert entries.value.limit == "max_entries"
    with pytest.raises(LimitExceededError) as total:
        open_source(tmp_path, limits=Limits(max_total_bytes=120))
    assert total.value.limit == "max_total_bytes"
    with pytest.raises(LimitExceededError) as member:
        open_source(tmp_path, limits=Limits(max_member_bytes=49))
    assert member.value.limit == "max_member_bytes"


def test_folder_member_deleted_after_listing(tmp_path: Path) -> None:
    (tmp_path / "gone.csv").write_bytes(CSV)
    source = open_source(tmp_path, limits=LIMITS)
    (tmp_path / "gone.csv").unlink()
    with pytest.raises(UnreadableInputError, match=r"gone\.csv"):
        source.members[0].read()


def test_folder_member_grown_past_limit_after_listing(tmp_path: Path) -> None:
    (tmp_path / "a.csv").write_bytes(b"x" * 10)
    source = open_source(tmp_path, limits=Limits(max_member_bytes=20))
    (tmp_path / "a.csv").write_bytes(b"x" * 21)
    with pytest.raises(LimitExceededError):
        source.members[0].read()


def test_zip_inside_folder_is_opened_and_prefixed(tmp_path: Path) -> None:
    (tmp_path / "Connections.csv").write_bytes(CSV)
    (tmp_path / "extra.zip").write_bytes(make_zip({"Top/a.csv": b"a"}))
    source = open_source(tmp_path, limits=LIMITS)
    assert names(source) == ["Connections.csv", "extra/a.csv"]
    assert by_name(source, "extra/a.csv").path == "extra.zip/Top/a.csv"
    assert by_name(source, "extra/a.csv").read() == b"a"
    kept = open_source(tmp_path, limits=Limits(max_nesting=0))
    assert names(kept) == ["Connections.csv", "extra.zip"]
    assert [w.code for w in kept.warnings] == [WarningCode.LIMIT_EXCEEDED]


# --- single files, bytes and file objects ------------------------------------------------------


def test_single_file_path(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_bytes(CSV)
    source = open_source(path, limits=LIMITS)
    assert source.container == "file"
    assert source.label == "Connections.csv"
    (member,) = source.members
    assert (member.path, member.name, member.size) == (
        "Connections.csv",
        "Connections.csv",
        len(CSV),
    )
    assert member.read() == CSV
    renamed = open_source(str(path), limits=LIMITS, name="Invitations.csv")
    assert renamed.members[0].name == "Invitations.csv"
    assert renamed.members[0].path == "Connections.csv"


def test_single_file_path_over_member_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 101)
    with pytest.raises(LimitExceededError) as info:
        open_source(path, limits=Limits(max_member_bytes=100))
    assert info.value.limit == "max_member_bytes"


def test_zip_file_path(tmp_path: Path) -> None:
    path = tmp_path / "Basic_LinkedInDataExport.zip"
    path.write_bytes(make_zip({"Export/Connections.csv": CSV}))
    source = open_source(path, limits=LIMITS)
    assert (source.container, source.label) == ("zip", "Basic_LinkedInDataExport.zip")
    assert names(source) == ["Connections.csv"]
    assert source.members[0].read() == CSV


def test_zero_byte_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.touch()
    source = open_source(path, limits=LIMITS)
    assert source.container == "file"
    assert source.members[0].size == 0
    assert source.members[0].read() == b""
    from_bytes = open_source(b"", limits=LIMITS)
    assert from_bytes.container == "file"
    assert from_bytes.members[0].read() == b""


@pytest.mark.parametrize("kind", [bytes, bytearray, memoryview])
def test_bytes_sources(kind: type[bytes] | type[bytearray] | type[memoryview]) -> None:
    zipped = open_source(kind(make_zip({"Connections.csv": CSV})), limits=LIMITS)
    assert (zipped.container, zipped.label, names(zipped)) == (
        "zip",
        "<bytes>",
        ["Connections.csv"],
    )
    plain = open_source(kind(CSV), limits=LIMITS)
    assert (plain.container, plain.label, names(plain)) == ("file", "<bytes>", ["<bytes>"])
    assert plain.members[0].read() == CSV
    named = open_source(kind(CSV), limits=LIMITS, name="Connections.csv")
    assert (named.label, names(named)) == ("Connections.csv", ["Connections.csv"])


def test_bytes_over_member_limit() -> None:
    with pytest.raises(LimitExceededError) as info:
        open_source(b"x" * 11, limits=Limits(max_member_bytes=10))
    assert info.value.limit == "max_member_bytes"


def test_binary_file_objects(tmp_path: Path) -> None:
    stream = open_source(io.BytesIO(make_zip({"Connections.csv": CSV})), limits=LIMITS)
    assert (stream.container, stream.label, names(stream)) == (
        "zip",
        "<file object>",
        ["Connections.csv"],
    )
    plain = open_source(io.BytesIO(CSV), limits=LIMITS, name="Connections.csv")
    assert (plain.container, names(plain)) == ("file", ["Connections.csv"])
    assert plain.members[0].read() == CSV
    path = tmp_path / "Connections.csv"
    path.write_bytes(CSV)
    with path.open("rb") as fh:
        real = open_source(fh, limits=LIMITS)
    assert (real.label, names(real)) == ("Connections.csv", ["Connections.csv"])
    assert real.members[0].read() == CSV


def test_text_mode_file_object_is_a_type_error(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match=r"open\(path, 'rb'\)"):
        open_source(io.StringIO("a,b\n"), limits=LIMITS)  # type: ignore[arg-type]
    path = tmp_path / "Connections.csv"
    path.write_bytes(CSV)
    with path.open(encoding="utf-8") as fh, pytest.raises(TypeError, match="binary mode"):
        open_source(fh, limits=LIMITS)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [42, None, ["Connections.csv"], object()])
def test_wrong_type_is_a_type_error(value: object) -> None:
    with pytest.raises(TypeError, match="pass a path") as info:
        open_source(value, limits=LIMITS)  # type: ignore[arg-type]
    assert not isinstance(info.value, LinkedInExportError)


@pytest.mark.parametrize("as_path", [True, False])
def test_missing_path(tmp_path: Path, as_path: bool) -> None:
    missing = tmp_path / "nope.zip"
    with pytest.raises(UnreadableInputError, match="does not exist") as info:
        open_source(missing if as_path else str(missing), limits=LIMITS)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, LinkedInExportError)
    assert "extracted folder" in str(info.value)


def test_text_passed_as_path_gets_a_hint() -> None:
    with pytest.raises(UnreadableInputError, match="pass it as bytes"):
        open_source("First Name,Last Name\nAda,Lovelace\n", limits=LIMITS)


# --- exceptions --------------------------------------------------------------------------------


def test_errors_pickle_round_trip() -> None:
    with pytest.raises(LimitExceededError) as limit_info:
        open_source(make_zip({"a.csv": b"", "b.csv": b""}), limits=Limits(max_entries=1))
    limit = pickle.loads(pickle.dumps(limit_info.value))  # noqa: S301
    assert isinstance(limit, LimitExceededError)
    assert str(limit) == str(limit_info.value)
    assert limit.limit == "max_entries"
    with pytest.raises(UnreadableInputError) as unreadable_info:
        open_source(b"PK\x03\x04junk", limits=LIMITS)
    unreadable = pickle.loads(pickle.dumps(unreadable_info.value))  # noqa: S301
    assert isinstance(unreadable, UnreadableInputError)
    assert str(unreadable) == str(unreadable_info.value)


# --- properties --------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.booleans())
def test_arbitrary_bytes_never_raise_foreign_errors(data: bytes, zip_header: bool) -> None:
    payload = b"PK\x03\x04" + data if zip_header else data
    try:
        source = open_source(payload, limits=LIMITS)
    except LinkedInExportError:
        return
    for member in source.members:
        with contextlib.suppress(LinkedInExportError):
            member.read()


_NAME_CHARS = st.sampled_from(list("ab./\\:C_ "))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(_NAME_CHARS, min_size=1, max_size=12), min_size=1, max_size=5))
def test_arbitrary_member_names_are_listed_safely(raw_names: list[str]) -> None:
    files = [(n, n.encode()) for n in raw_names if not n.endswith(("/", "\\"))]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names
        data = make_zip(files, zipfile.ZIP_STORED)
    source = open_source(data, limits=LIMITS)
    assert len(source.members) + len(source.ignored) == len(files)
    for member in source.members:
        for shown in (member.path, member.name):
            assert shown
            assert "\\" not in shown
            assert not shown.startswith("/")
        assert member.read() in {n.encode() for n, _ in files}
