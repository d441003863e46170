"""Sources: turn what the user passed to ``lx.load`` into a list of members, safely.

A source is a zip archive (read member by member, never extracted), an extracted folder, a single
file, ``bytes``, or a binary file object. Member names are only names: a ``..`` or an absolute
path inside a zip is never used as a filesystem path.

INTERFACE CONTRACT (used by ``linkedin_export._load``):

    open_source(source, *, limits, name=None) -> Source
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, BinaryIO

import attrs

from linkedin_export.diagnostics import DataWarning, WarningCode
from linkedin_export.errors import LimitExceededError, UnreadableInputError

__all__ = ["Limits", "Member", "Source", "SourceInput", "open_source"]

#: What ``lx.load`` accepts.
SourceInput = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO


@attrs.frozen(kw_only=True)
class Limits:
    """Safety limits applied while reading an export. Pass your own to ``lx.load(limits=...)``.

    Exceeding a limit that makes the whole input unsafe (entry count, total size, ratio) raises
    :class:`~linkedin_export.LimitExceededError` before anything large is decompressed.

    Attributes:
        max_entries: most members (files) an archive or folder may hold, nested archives included.
        max_total_bytes: most uncompressed bytes over all members, as declared by the archive.
        max_member_bytes: most uncompressed bytes of one member.
        max_ratio: highest uncompressed/compressed size ratio of one zip member larger than 1 MiB.
        max_nesting: how many levels of zip inside zip are opened (1: a zip whose member is a zip).
        max_field_bytes: largest single CSV field, in characters.
    """

    max_entries: int = 20_000
    max_total_bytes: int = 4 * 1024**3
    max_member_bytes: int = 1024**3
    max_ratio: float = 200.0
    max_nesting: int = 1
    max_field_bytes: int = 64 * 1024**2


@attrs.frozen(kw_only=True)
class Member:
    """One file of the export.

    Attributes:
        path: the member's full path as stored (zip name, or path relative to the folder, with ``/``
            separators; for a nested zip, ``outer.zip/inner/path``). Display only.
        name: ``path`` with the export's single top-level folder removed (``Connections.csv``,
            ``Jobs/Saved Jobs.csv``). Format detection and ``export.records(name)`` use this.
        size: uncompressed size in bytes (as declared by the archive, or the file size).
    """

    path: str
    name: str
    size: int
    _opener: Callable[[], bytes] = attrs.field(alias="opener", repr=False, eq=False)
    _streamer: Callable[[], IO[bytes]] | None = attrs.field(
        alias="streamer", default=None, repr=False, eq=False
    )

    def open(self) -> IO[bytes]:
        """A binary stream of the member's bytes, to read a large file in constant memory.

        The same errors as :meth:`read` are raised, when the stream is read. Close it after use.
        """
        if self._streamer is None:
            return io.BytesIO(self.read())
        return self._streamer()

    def read(self) -> bytes:
        """The member's bytes.

        Raises:
            UnreadableInputError: the member's data is damaged (CRC error, bad deflate stream,
                unsupported compression). The loader turns this into an ``unreadable-file`` warning.
            LimitExceededError: the data is larger than declared or than
                ``Limits.max_member_bytes``.
        """
        return self._opener()


@attrs.frozen(kw_only=True)
class Source:
    """The opened input.

    Attributes:
        label: what to call the input in messages (file or folder name, or ``<bytes>``).
        container: ``"zip"``, ``"folder"`` or ``"file"``.
        members: the files, in a stable order (sorted by ``name``).
        ignored: paths of operating-system clutter that was skipped on purpose (``__MACOSX/…``,
            ``.DS_Store``, ``Thumbs.db``, ``desktop.ini``), listed for transparency.
        warnings: problems found while listing (a zip nested deeper than ``max_nesting``, kept as
            an opaque member and reported ``limit-exceeded``; a symlink in a folder that was not
            followed).
    """

    label: str
    container: str
    members: tuple[Member, ...]
    ignored: tuple[str, ...] = ()
    warnings: tuple[DataWarning, ...] = ()


_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
_MIB = 1024**2
_CLUTTER_NAMES = frozenset({".ds_store", "thumbs.db", "desktop.ini"})
_DRIVE = re.compile(r"^[A-Za-z]:")
# Everything zipfile (and zlib under it) raises for damaged, truncated or exotic archives.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


def open_source(source: SourceInput, *, limits: Limits, name: str | None = None) -> Source:
    """Open ``source`` and list its members, without decompressing any of them.

    Args:
        source: a path (zip archive, extracted folder or single file), ``bytes``-like data, or a
            binary file object.
        limits: safety limits, checked against the archive's central directory (or a folder's file
            sizes) before anything is read. Only nested zips are read while listing.
        name: the label of ``bytes`` or a file object; the member name of a single file.

    Raises:
        UnreadableInputError: the path does not exist, or the archive is damaged or encrypted.
        LimitExceededError: the input exceeds ``limits`` (entries, sizes, compression ratio).
        TypeError: ``source`` is not of an accepted type, or is a file opened in text mode.
    """
    if isinstance(source, str | os.PathLike):
        return _open_path(Path(os.fsdecode(os.fspath(source))), limits, name)
    if isinstance(source, bytes | bytearray | memoryview):
        return _open_bytes(bytes(source), name or "<bytes>", limits)
    read = getattr(source, "read", None)
    if not callable(read):
        raise TypeError(
            f"cannot read a {type(source).__name__}: pass a path (str or os.PathLike) to a zip "
            "file, folder or single file; bytes; or a binary file object from open(path, 'rb')"
        )
    data = read()
    if isinstance(data, str):
        raise TypeError(
            "the file object returned text, not bytes; open the file in binary mode: "
            "open(path, 'rb')"
        )
    if not isinstance(data, bytes | bytearray | memoryview):
        raise TypeError(f"{type(source).__name__}.read() returned {type(data).__name__}, not bytes")
    file_name = getattr(source, "name", None)
    label = name or (os.path.basename(file_name) if isinstance(file_name, str) else "")
    return _open_bytes(bytes(data), label or "<file object>", limits)


def _open_path(path: Path, limits: Limits, name: str | None) -> Source:
    if not os.path.exists(path):
        text = str(path)
        hint = " (it looks like file content: pass it as bytes instead)" if "\n" in text else ""
        raise UnreadableInputError(
            f"{text[:200]!r} does not exist{hint}. Pass the path of the LinkedIn export zip file, "
            "of its extracted folder, or of one CSV or vCard file from it; or pass the data "
            "itself as bytes or as a binary file object."
        )
    lister = _Lister(limits)
    if path.is_dir():
        return _open_folder(path, lister)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(4)
            is_zip = head in _ZIP_SIGNATURES
            if is_zip and size > limits.max_total_bytes:
                raise _limit_error(
                    "max_total_bytes",
                    f"{path.name} is {size} bytes, more than max_total_bytes="
                    f"{limits.max_total_bytes}",
                )
    except OSError as exc:
        raise UnreadableInputError(
            f"{path} cannot be read ({_reason(exc)}). Check that you have permission to read it."
        ) from exc
    if is_zip:
        # The archive stays on disk: each member is read from the file when it is needed.
        zf, declared = lister.open_zip(path, path.name)
        with zf:
            members = lister.zip_members(_ZipAccess(zf, path, declared=declared), "", 0)
        return lister.source(path.name, "zip", members)
    lister.count(path.name, size, None)
    opener = _file_opener(path, path.name, limits)
    member = Member(
        path=path.name,
        name=name or path.name,
        size=size,
        opener=opener,
        streamer=_file_streamer(path, path.name, limits),
    )
    return lister.source(path.name, "file", [member])


def _open_bytes(data: bytes, label: str, limits: Limits) -> Source:
    lister = _Lister(limits)
    if data[:4] in _ZIP_SIGNATURES:
        zf, declared = lister.open_zip(io.BytesIO(data), label)
        access = _ZipAccess(zf, declared=declared, label=label)
        return lister.source(label, "zip", lister.zip_members(access, "", 0))
    lister.count(label, len(data), None)
    member = Member(path=label, name=label, size=len(data), opener=lambda: data)
    return lister.source(label, "file", [member])


def _open_folder(root: Path, lister: _Lister) -> Source:
    found: list[tuple[str, Path, int]] = []

    def on_error(exc: OSError) -> None:
        where = os.path.relpath(exc.filename or root, root)
        lister.warn(WarningCode.UNREADABLE_FILE, f"folder not readable ({_reason(exc)})", where)

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=False):
        dirnames.sort()
        linked_dirs = [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]
        for entry in [*linked_dirs, *sorted(filenames)]:
            full = Path(dirpath, entry)
            rel = _shown(full.relative_to(root).as_posix())
            if full.is_symlink():
                lister.warn(WarningCode.UNREADABLE_FILE, "symbolic link not followed", rel)
                continue
            if _is_clutter(rel):
                lister.ignored.append(rel)
                continue
            try:
                info = full.stat()
            except OSError as exc:  # vanished or inaccessible since the walk listed it
                lister.warn(WarningCode.UNREADABLE_FILE, f"cannot be read ({_reason(exc)})", rel)
                continue
            if not stat.S_ISREG(info.st_mode):  # FIFO, socket, device: reading could block
                lister.warn(WarningCode.UNREADABLE_FILE, "not a regular file; skipped", rel)
                continue
            lister.count(rel, info.st_size, None)
            found.append((rel, full, info.st_size))
    names = _strip_top([rel for rel, _, _ in found])
    members = [
        Member(
            path=rel,
            name=nm,
            size=size,
            opener=_file_opener(full, rel, lister.limits),
            streamer=_file_streamer(full, rel, lister.limits),
        )
        for (rel, full, size), nm in zip(found, names, strict=True)
    ]
    label = root.name or root.resolve().name or str(root)
    return lister.source(label, "folder", lister.expand(members, 0, only=False))


@attrs.define
class _Lister:
    """Lists members across nested archives, keeping the running totals the limits apply to."""

    limits: Limits
    entries: int = 0
    total: int = 0
    ignored: list[str] = attrs.field(factory=list)
    warnings: list[DataWarning] = attrs.field(factory=list)

    def count(self, path: str, size: int, compressed: int | None) -> None:
        """Account for one file; ``compressed`` is its compressed size when it is a zip member."""
        lim = self.limits
        self.entries += 1
        self.total += size
        bomb = compressed is not None
        if self.entries > lim.max_entries:
            what = f"the input holds more than max_entries={lim.max_entries} files (at {path})"
            raise _limit_error("max_entries", what, bomb=bomb)
        if size > lim.max_member_bytes:
            what = f"{path} is {size} bytes, more than max_member_bytes={lim.max_member_bytes}"
            raise _limit_error("max_member_bytes", what, bomb=bomb)
        if self.total > lim.max_total_bytes:
            what = (
                f"the files add up to {self.total} bytes (at {path}), more than "
                f"max_total_bytes={lim.max_total_bytes}"
            )
            raise _limit_error("max_total_bytes", what, bomb=bomb)
        if compressed is not None and size > _MIB and size / max(compressed, 1) > lim.max_ratio:
            ratio = size / max(compressed, 1)
            what = (
                f"{path} expands from {compressed} to {size} bytes, a ratio of {ratio:.0f}, "
                f"more than max_ratio={lim.max_ratio:g}"
            )
            raise _limit_error("max_ratio", what, bomb=True)

    def warn(self, code: WarningCode, message: str, file: str) -> None:
        self.warnings.append(DataWarning.make(code, message, file=file))

    def source(self, label: str, container: str, members: list[Member]) -> Source:
        return Source(
            label=label,
            container=container,
            members=tuple(sorted(members, key=lambda m: (m.name, m.path))),
            ignored=tuple(sorted(self.ignored)),
            warnings=tuple(self.warnings),
        )

    def open_zip(self, file: Path | BinaryIO, label: str) -> tuple[zipfile.ZipFile, int | None]:
        """Open an archive, refusing it before its directory is parsed when the entry count its
        end record declares would exceed ``max_entries``; also return that count."""
        declared = _declared_entries(file)
        room = self.limits.max_entries - self.entries
        if declared is not None and declared > room:
            what = (
                f"{label} declares {declared} files, more than max_entries="
                f"{self.limits.max_entries}"
            )
            raise _limit_error("max_entries", what, bomb=True)
        return _open_zip(file, label), declared

    def zip_members(self, access: _ZipAccess, prefix: str, depth: int) -> list[Member]:
        """List an archive (opened at nesting ``depth``); every limit is checked before any
        read."""
        kept: list[tuple[str, str, zipfile.ZipInfo]] = []
        infos = access.listed.infolist()
        if access.declared is not None and access.declared != len(infos):
            where = prefix.removesuffix("/") or access.label
            self.warn(
                WarningCode.UNREADABLE_FILE,
                f"the archive's directory is damaged: it declares {access.declared} files but "
                f"{len(infos)} were found, so some files may be missing. Download the export "
                "again, or extract it with another tool and pass the folder.",
                where,
            )
        used: set[str] = set()
        for info in infos:
            if info.filename.endswith(("/", "\\")):
                continue
            inner = _display_path(info.filename)
            path = _unused(prefix + inner, used)
            if info.flag_bits & 0x1:
                raise UnreadableInputError(
                    f"the archive is password-protected (encrypted member {path}). Extract it "
                    "with your password and pass the extracted folder instead."
                )
            self.count(path, info.file_size, info.compress_size)
            if stat.S_ISLNK(info.external_attr >> 16):
                # Only a target's name is stored; like a folder's symlink, it is not followed.
                self.warn(WarningCode.UNREADABLE_FILE, "symbolic link not followed", path)
                continue
            if _is_clutter(inner):
                self.ignored.append(path)
            else:
                kept.append((path, inner, info))
        names = _strip_top([inner for _, inner, _ in kept])
        members = [
            Member(
                path=path,
                name=nm,
                size=info.file_size,
                opener=_zip_opener(access, info, path),
                streamer=_zip_streamer(access, info, path),
            )
            for (path, _, info), nm in zip(kept, names, strict=True)
        ]
        return self.expand(members, depth, only=len(members) == 1)

    def expand(self, members: list[Member], depth: int, *, only: bool) -> list[Member]:
        """Replace the zip members of an archive at ``depth`` by their contents.

        With ``only`` (the archive holds nothing else), the inner archive *is* the export and its
        names are kept; otherwise they are prefixed with the zip's name minus ``.zip``.
        """
        out: list[Member] = []
        for member in members:
            if not member.name.casefold().endswith(".zip"):
                out.append(member)
                continue
            if depth >= self.limits.max_nesting:
                levels = self.limits.max_nesting
                message = f"zip archive nested deeper than {levels} level(s); not opened"
                self.warn(WarningCode.LIMIT_EXCEEDED, message, member.path)
                out.append(member)
                continue
            try:
                zf, declared = self.open_zip(io.BytesIO(member.read()), member.path)
            except UnreadableInputError as exc:
                reason = _reason(exc.__cause__ or exc)
                message = f"not a readable zip archive ({reason}); kept as a plain file"
                self.warn(WarningCode.UNREADABLE_FILE, message, member.path)
                out.append(member)
                continue
            access = _ZipAccess(zf, declared=declared, label=member.path)
            inner = self.zip_members(access, member.path + "/", depth + 1)
            if only:
                return inner
            stem = member.name[:-4] or member.name
            out.extend(attrs.evolve(m, name=f"{stem}/{m.name}") for m in inner)
        return out


def _open_zip(file: Path | BinaryIO, label: str) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(file)
    except _ZIP_ERRORS as exc:
        raise UnreadableInputError(
            f"{label} is not a readable zip archive ({_reason(exc)}). Download the export from "
            "LinkedIn again, or pass the extracted folder instead."
        ) from exc


_EOCD = b"PK\x05\x06"
_ZIP64_LOCATOR = b"PK\x06\x07"
_ZIP64_EOCD = b"PK\x06\x06"
#: The end record (22 bytes) and the longest archive comment.
_TAIL_BYTES = 22 + 0xFFFF


def _declared_entries(file: Path | BinaryIO) -> int | None:
    """How many entries the archive's end record says it holds (``None`` when not found).

    Read from the last bytes of the file only, so that an archive declaring a million entries
    can be refused before :mod:`zipfile` builds an object for each of them.
    """
    try:
        with contextlib.ExitStack() as stack:
            fh = stack.enter_context(file.open("rb")) if isinstance(file, Path) else file
            size = fh.seek(0, io.SEEK_END)
            fh.seek(max(size - _TAIL_BYTES, 0))
            tail = fh.read()
            at = tail.rfind(_EOCD)
            if at < 0 or len(tail) - at < 22:
                return None
            count = int.from_bytes(tail[at + 10 : at + 12], "little")
            if count == 0xFFFF and at >= 20 and tail[at - 20 : at - 16] == _ZIP64_LOCATOR:
                fh.seek(int.from_bytes(tail[at - 12 : at - 4], "little"))
                record = fh.read(40)
                count = int.from_bytes(record[32:40], "little")
                if not record.startswith(_ZIP64_EOCD):
                    return None
            fh.seek(0)
    except (OSError, ValueError):
        return None  # zipfile reports what is wrong with the file
    return None if count == 0xFFFF else count


class _ZipAccess:
    """An archive's members: from the archive in memory, or from its file, opened anew for each
    read (an :class:`Export` holds no open file).

    Attributes:
        declared: the entry count of the archive's end record (``None`` when not found).
        label: what to call the archive in warnings.
    """

    def __init__(
        self,
        listed: zipfile.ZipFile,
        path: Path | None = None,
        *,
        declared: int | None = None,
        label: str = "",
    ) -> None:
        self.listed = listed
        self.path = path
        self.declared = declared
        self.label = label or (path.name if path else "<bytes>")

    def open(self, info: zipfile.ZipInfo) -> IO[bytes]:
        """A stream of one member (``zipfile`` errors are the caller's to translate)."""
        if self.path is None:
            return self.listed.open(info)
        with _Reopened(self.path, self.listed) as zf:
            # The stream keeps the file open until it is closed itself.
            return zf.open(info)


class _Reopened(zipfile.ZipFile):
    """An archive on disk opened again with the directory already listed: parsing it anew for
    every member would make reading N members cost N² directory entries."""

    def __init__(self, path: Path, listed: zipfile.ZipFile) -> None:
        self._listed = listed
        super().__init__(path)

    def _RealGetContents(self) -> None:  # noqa: N802 - zipfile's name, overridden
        # Shared, not copied: an archive opened for reading never changes them.
        self.filelist = self._listed.filelist
        self.NameToInfo = self._listed.NameToInfo


def _damaged(path: str, exc: BaseException) -> UnreadableInputError:
    error = UnreadableInputError(
        f"{path}: cannot be read from the archive ({_reason(exc)}). The archive is damaged "
        "or uses an unsupported compression method: download the export again, or extract "
        "it with another tool and pass the folder."
    )
    error.__cause__ = exc
    return error


def _too_large(path: str, declared: int) -> LimitExceededError:
    return LimitExceededError(
        f"{path}: holds more than the {declared} bytes its header declares; the "
        "archive looks like a zip bomb or is damaged. Download the export from LinkedIn again.",
        "max_member_bytes",
    )


def _zip_opener(access: _ZipAccess, info: zipfile.ZipInfo, path: str) -> Callable[[], bytes]:
    def read() -> bytes:
        try:
            with access.open(info) as fh:
                data = fh.read(info.file_size + 1)  # never more than declared + 1, whatever comes
        except _ZIP_ERRORS as exc:
            raise _damaged(path, exc) from exc
        if len(data) > info.file_size:
            raise _too_large(path, info.file_size)
        return data

    return read


class _Guarded(io.RawIOBase):
    """A member's stream that stops at its declared size and translates read errors."""

    def __init__(self, inner: IO[bytes], limit: int, path: str, *, declared: bool) -> None:
        self.inner = inner
        self.left = limit
        self.path = path
        self.declared = declared

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")
        try:
            data = self.inner.read(min(len(view), self.left + 1))
        except _ZIP_ERRORS as exc:
            raise _damaged(self.path, exc) from exc
        if len(data) > self.left:
            if self.declared:
                raise _too_large(self.path, self.left)
            what = f"{self.path} is larger than max_member_bytes"
            raise _limit_error("max_member_bytes", what, bomb=False)
        self.left -= len(data)
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        try:
            self.inner.close()
        finally:
            super().close()


def _zip_streamer(access: _ZipAccess, info: zipfile.ZipInfo, path: str) -> Callable[[], IO[bytes]]:
    def stream() -> IO[bytes]:
        try:
            inner = access.open(info)
        except _ZIP_ERRORS as exc:
            raise _damaged(path, exc) from exc
        raw = _Guarded(inner, info.file_size, path, declared=True)
        return io.BufferedReader(raw, buffer_size=1024 * 1024)

    return stream


def _file_streamer(full: Path, shown: str, limits: Limits) -> Callable[[], IO[bytes]]:
    def stream() -> IO[bytes]:
        try:
            inner = full.open("rb")
        except OSError as exc:
            raise UnreadableInputError(
                f"{shown}: cannot be read ({_reason(exc)}). Check that the file still exists and "
                "that you have permission to read it."
            ) from exc
        raw = _Guarded(inner, limits.max_member_bytes, shown, declared=False)
        return io.BufferedReader(raw, buffer_size=1024 * 1024)

    return stream


def _file_opener(full: Path, shown: str, limits: Limits) -> Callable[[], bytes]:
    def read() -> bytes:
        limit = limits.max_member_bytes
        try:
            with full.open("rb") as fh:
                # read(n) sets n bytes aside first: ask for the file's size, not for the limit.
                data = fh.read(min(os.fstat(fh.fileno()).st_size, limit) + 1)
                while len(data) <= limit and (more := fh.read(min(limit + 1 - len(data), _MIB))):
                    data += more  # the file grew since its size was taken
        except OSError as exc:
            raise UnreadableInputError(
                f"{shown}: cannot be read ({_reason(exc)}). Check that the file still exists and "
                "that you have permission to read it."
            ) from exc
        if len(data) > limits.max_member_bytes:
            what = f"{shown} is larger than max_member_bytes={limits.max_member_bytes}"
            raise _limit_error("max_member_bytes", what, bomb=False)
        return data

    return read


def _limit_error(limit: str, what: str, *, bomb: bool = False) -> LimitExceededError:
    looks = " The archive looks like a zip bomb or is damaged." if bomb else ""
    return LimitExceededError(
        f"{what}.{looks} If you trust this input, pass larger limits, e.g. "
        f"lx.load(..., limits=lx.Limits({limit}=...)).",
        limit,
    )


def _display_path(raw: str) -> str:
    """A stored name made fit for display: ``/`` separators, no drive or root, no ``.`` parts,
    and the characters of :func:`_shown` made visible.

    ``..`` is kept: names are only names here and are never joined to a filesystem path.
    """
    text = _DRIVE.sub("", raw.replace("\\", "/"))
    shown = "/".join(part for part in text.split("/") if part not in ("", "."))
    return _shown(shown) or "_"  # only separators and "." parts: nothing worth showing


# Control characters, and the marks that reorder text on screen (a name could otherwise show as
# another one in a terminal: "\u202egnp.csv" is displayed "vsc.png").
_HIDDEN_CHARS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _shown(name: str) -> str:
    """``name`` in Unicode NFC (macOS writes decomposed accents), with control characters and
    bidirectional marks written as ``<U+XXXX>``, so that what is shown is what is stored."""
    name = unicodedata.normalize("NFC", name)
    return _HIDDEN_CHARS.sub(lambda m: f"<U+{ord(m.group()):04X}>", name)


def _unused(path: str, used: set[str]) -> str:
    """``path``, or ``path (2)``, ``path (3)``… when an earlier member has the same path (zips
    may hold one name twice), so that reports and warnings tell them apart; added to ``used``."""
    unique, number = path, 1
    while unique in used:
        number += 1
        unique = f"{path} ({number})"
    used.add(unique)
    return unique


def _is_clutter(path: str) -> bool:
    parts = path.split("/")
    base = parts[-1]
    return "__MACOSX" in parts or base.casefold() in _CLUTTER_NAMES or base.startswith("._")


def _strip_top(paths: list[str]) -> list[str]:
    """Remove the first folder when every path is inside that same folder."""
    tops = {path.partition("/")[0] for path in paths}
    if len(tops) == 1 and all("/" in path for path in paths):
        return [path.partition("/")[2] for path in paths]
    return paths


def _reason(exc: BaseException) -> str:
    return str(exc) or type(exc).__name__
