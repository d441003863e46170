"""Hostile and broken inputs for ``test_hostile.py`` and ``test_fuzz.py``, built in memory.

Every person, company and domain here is invented (``fernwood-labs.io`` and friends). Nothing is
downloaded and nothing real is copied: archives are written with :mod:`zipfile` or byte by byte
with :mod:`struct`, then damaged on purpose.
"""

from __future__ import annotations

import io
import random
import stat
import struct
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "CONNECTIONS_HEADER",
    "MESSAGES_HEADER",
    "connections_csv",
    "connections_row",
    "declared_size_bomb",
    "encrypted_zip",
    "field_csv",
    "make_zip",
    "many_entries_zip",
    "messages_csv",
    "nested_zip",
    "patch_directory",
    "random_bytes",
    "ratio_bomb",
    "symlink_info",
    "wide_header_csv",
    "wide_row_csv",
]

CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
MESSAGES_HEADER = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
    "DATE,SUBJECT,CONTENT,FOLDER"
)
_PEOPLE = (
    ("Mara", "Quill", "mara.quill@fernwood-labs.io", "Fernwood Labs", "Data Engineer"),
    ("Tomas", "Reyne", "", "Bramblewick", "Analyst"),
    ("Ana", "Lima", "ana.lima@quarry-analytics.dev", "Quarry Analytics", "Designer"),
    ("Jun", "Okafor", "", "Fernwood Labs", "Product Manager"),
)

_EOCD = b"PK\x05\x06"
_CENTRAL = b"PK\x01\x02"
_LOCAL = b"PK\x03\x04"


def connections_row(index: int, *, company: str | None = None) -> str:
    """One data line of a 2023 ``Connections.csv`` (no line break)."""
    first, last, email, firm, position = _PEOPLE[index % len(_PEOPLE)]
    slug = f"{first}-{last}-{index}".lower()
    return ",".join(
        (
            first,
            last,
            f"https://www.linkedin.com/in/{slug}",
            email,
            company if company is not None else firm,
            position,
            f"{1 + index % 28:02d} Feb 2024",
        )
    )


def connections_csv(rows: int = 3, *, newline: str = "\n") -> str:
    """A 2023 ``Connections.csv`` without its ``Notes:`` preamble."""
    lines = [CONNECTIONS_HEADER, *(connections_row(i) for i in range(rows))]
    return newline.join(lines) + newline


def messages_csv(contents: Iterable[str]) -> str:
    """A 2023 ``messages.csv`` with one message per content (quoted, as LinkedIn writes it)."""
    lines = [MESSAGES_HEADER]
    for index, content in enumerate(contents):
        quoted = '"' + content.replace('"', '""') + '"'
        lines.append(
            f"conv-{index},,Mara Quill,https://www.linkedin.com/in/mara-quill,Ana Lima,"
            f"https://www.linkedin.com/in/ana-lima,2024-03-0{1 + index % 9} 10:00:00 UTC,,"
            f"{quoted},INBOX"
        )
    return "\n".join(lines) + "\n"


def field_csv(size: int) -> str:
    """``Connections.csv`` whose second row's ``Company`` is one quoted field of ``size`` chars."""
    big = connections_row(1, company='"' + "x" * size + '"')
    return "\n".join((CONNECTIONS_HEADER, connections_row(0), big, connections_row(2))) + "\n"


def wide_row_csv(columns: int) -> str:
    """``Connections.csv`` whose second row has ``columns`` fields."""
    wide = ",".join(["a"] * columns)
    return "\n".join((CONNECTIONS_HEADER, connections_row(0), wide, connections_row(2))) + "\n"


def wide_header_csv(columns: int) -> str:
    """A table whose header and only row have ``columns`` cells (no delimiter-free line)."""
    header = ",".join(f"c{i}" for i in range(columns))
    return header + "\n" + ",".join(["a"] * columns) + "\n"


def random_bytes(size: int, seed: int = 6) -> bytes:
    """Reproducible noise."""
    return random.Random(seed).randbytes(size)


# --- archives ------------------------------------------------------------------------------------


def make_zip(
    files: Iterable[tuple[str | zipfile.ZipInfo, bytes]],
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """A zip archive in memory (pairs, so that one name may appear twice)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in files:
            zf.writestr(name, data)
    return buf.getvalue()


def symlink_info(name: str) -> zipfile.ZipInfo:
    """A zip entry marked as a symbolic link (Unix mode bits in ``external_attr``), as written by
    ``zip --symlinks``; its data is the link's target."""
    info = zipfile.ZipInfo(name)
    info.create_system = 3  # Unix
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def nested_zip(depth: int, leaf: dict[str, bytes]) -> bytes:
    """``leaf`` inside ``depth`` levels of zips: ``level1.zip/level2.zip/…`` each beside a
    ``Connections.csv`` of its own level."""
    data = make_zip(leaf.items())
    for level in range(depth, 0, -1):
        csv = connections_csv(level).encode()
        data = make_zip([("Connections.csv", csv), (f"level{level}.zip", data)])
    return data


def patch_directory(data: bytes, offset: int, fmt: str, value: int, *, local: int = -1) -> bytes:
    """Overwrite one field of the first central directory entry (at ``offset``), and the same
    field of the first local header (at ``local``) when given."""
    buf = bytearray(data)
    struct.pack_into(fmt, buf, buf.find(_CENTRAL) + offset, value)
    if local >= 0:
        struct.pack_into(fmt, buf, buf.find(_LOCAL) + local, value)
    return bytes(buf)


def encrypted_zip() -> bytes:
    """An archive whose ``Connections.csv`` is flagged as encrypted (general purpose bit 0)."""
    data = make_zip([("Connections.csv", connections_csv().encode())], zipfile.ZIP_STORED)
    return patch_directory(data, 8, "<H", 0x1, local=6)


def declared_size_bomb() -> bytes:
    """A small archive whose member declares an uncompressed size of almost 4 GiB."""
    data = make_zip([("Connections.csv", connections_csv().encode())])
    return patch_directory(data, 24, "<I", 0xFFFF_FFF0, local=22)


def ratio_bomb(target: BinaryIO, size: int, name: str = "Connections.csv") -> None:
    """Write to ``target`` an archive whose member inflates to ``size`` bytes of zeros (a
    multiple of 1 MiB) from about ``size / 1000`` bytes.

    One MiB of zeros is deflated once, ending with a full flush (so that the next block needs
    nothing before it), and that block is repeated: no gigabyte is ever held or compressed.
    """
    chunk = bytes(1024**2)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = deflate.compress(chunk) + deflate.flush(zlib.Z_FULL_FLUSH)
    last = zlib.compressobj(9, zlib.DEFLATED, -15).flush()  # an empty final block
    crc = 0
    for _ in range(size // len(chunk)):
        crc = zlib.crc32(chunk, crc)
    data_size = len(block) * (size // len(chunk)) + len(last)
    encoded = name.encode()
    fields = (20, 0, zipfile.ZIP_DEFLATED, 0, 0x21, crc, data_size, size, len(encoded))
    target.write(struct.pack("<4sHHHHHIIIHH", _LOCAL, *fields, 0) + encoded)
    for _ in range(size // len(chunk)):
        target.write(block)
    target.write(last)
    directory = struct.pack("<4sHHHHHHIIIHHHHHII", _CENTRAL, 20, *fields, 0, 0, 0, 0, 0, 0)
    start = 30 + len(encoded) + data_size
    target.write(directory + encoded)
    target.write(
        struct.pack("<4sHHHHIIH", _EOCD, 0, 0, 1, 1, len(directory) + len(encoded), start, 0)
    )


def many_entries_zip(target: Path, count: int, *, declared: int | None = None) -> None:
    """Write an archive of ``count`` empty members (the "many tiny entries" bomb), byte by byte.

    Above 65,535 entries the count is in a zip64 end record, as ``zipfile`` writes it. With
    ``declared``, the end record states that count instead (a lying directory).
    """
    crc = zlib.crc32(b"")
    offset = 0
    central = io.BytesIO()
    with target.open("wb") as out:
        for index in range(count):
            name = f"f{index:07d}.csv".encode()
            local = struct.pack("<4sHHHHHIIIHH", _LOCAL, 20, 0, 0, 0, 0, crc, 0, 0, len(name), 0)
            central.write(
                struct.pack(
                    "<4sHHHHHHIIIHHHHHII",
                    *(_CENTRAL, 45, 20, 0, 0, 0, 0, crc, 0, 0, len(name)),
                    *(0, 0, 0, 0, 0, offset),
                )
                + name
            )
            out.write(local + name)
            offset += len(local) + len(name)
        directory = central.getvalue()
        out.write(directory)
        stated = count if declared is None else declared
        if stated > 0xFFFF:
            end64 = struct.pack(
                "<4sQHHIIQQQQ",
                *(b"PK\x06\x06", 44, 45, 45, 0, 0),
                *(stated, stated, len(directory), offset),
            )
            locator = struct.pack("<4sIQI", b"PK\x06\x07", 0, offset + len(directory), 1)
            out.write(end64 + locator)
            stated = 0xFFFF
        out.write(struct.pack("<4sHHHHIIH", _EOCD, 0, 0, stated, stated, len(directory), offset, 0))
