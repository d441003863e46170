"""Coverage-guided fuzzing of ``lx.load`` and ``lx.parse_file`` with atheris, for long local runs.

atheris is not a dependency of linkedin_export: install it in a separate environment (see
``fuzz/README.md``). Each input is read three ways, chosen by its first byte:

- 0: the bytes as one file, named after a LinkedIn file (chosen by the second byte);
- 1: a zip archive whose members are the input cut at ``\\x00\\x00`` separators;
- 2: the bytes as they are (a zip, a CSV, anything).

The invariants are those of ``tests/test_fuzz.py``: nothing but a ``LinkedInExportError`` is
raised; every file's rows are its records plus its ``malformed-row`` warnings; no two files
share a path; loading twice gives equal results.

    python fuzz/atheris_load.py --seed-corpus fuzz/corpus      # write seeds, then stop
    python fuzz/atheris_load.py fuzz/corpus -max_total_time=3600 -rss_limit_mb=2048
"""

from __future__ import annotations

import contextlib
import importlib
import io
import pkgutil
import sys
import zipfile
from collections import Counter
from pathlib import Path

import atheris  # type: ignore[import-untyped, import-not-found, unused-ignore]

with atheris.instrument_imports():
    import linkedin_export as lx

    # The package imports its modules lazily: load them all here, so that they are instrumented.
    for module in pkgutil.walk_packages(lx.__path__, "linkedin_export."):
        if not module.name.endswith("__main__"):  # that one runs the command line
            importlib.import_module(module.name)

ROOT = Path(__file__).resolve().parents[1]
NAMES = (
    "Connections.csv",
    "messages.csv",
    "Profile.csv",
    "Positions.csv",
    "Invitations.csv",
    "Imported Contacts.csv",
    "Comments.csv",
    "Email Addresses.csv",
    "PhoneNumbers.csv",
    "Inbox.csv",
    "Contacts.vcf",
    "Articles/Articles/post.html",
    "Jobs/Saved Jobs.csv",
    "unknown.csv",
)
#: Small limits: a fuzzer finds a zip bomb soon enough, and each input must stay fast.
LIMITS = lx.Limits(max_entries=64, max_total_bytes=64 * 1024**2, max_member_bytes=16 * 1024**2)


def check(export: lx.Export) -> None:
    """The invariants every load must keep."""
    malformed = Counter(w.file for w in export.warnings if w.code is lx.WarningCode.MALFORMED_ROW)
    paths = [report.path for report in export.files]
    if len(paths) != len(set(paths)):
        raise AssertionError(f"two files share a path: {paths}")
    for report in export.files:
        if report.rows != report.records + malformed[report.path]:
            raise AssertionError(f"row accounting broken: {report}")


def archive(parts: list[bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for index, part in enumerate(parts[:16]):
            folder = f"more{index}/" if index >= len(NAMES) else ""
            zf.writestr(folder + NAMES[index % len(NAMES)], part)
    return buf.getvalue()


def test_one_input(data: bytes) -> None:
    """One fuzzer input (atheris calls it millions of times)."""
    if len(data) < 2:
        return
    mode, pick, body = data[0] % 3, data[1], data[2:]
    name: str | None = None
    if mode == 0:
        name = NAMES[pick % len(NAMES)]
        with contextlib.suppress(lx.LinkedInExportError):
            lx.parse_file(body, name=name)
    elif mode == 1:
        body = archive(body.split(b"\x00\x00"))
    try:
        export = lx.load(body, name=name, limits=LIMITS)
    except lx.LinkedInExportError:
        return
    check(export)
    again = lx.load(body, name=name, limits=LIMITS)
    if again != export or again.warnings != export.warnings:
        raise AssertionError("two loads of the same bytes differ")


def seed_corpus(folder: Path) -> None:
    """Write the golden fixture inputs and the sample's members as seeds (mode 0 and 2)."""
    folder.mkdir(parents=True, exist_ok=True)
    seeds = [path.read_bytes() for path in sorted(ROOT.glob("tests/fixtures/**/input.*"))]
    with zipfile.ZipFile(lx.sample_export_path()) as zf:
        seeds += [zf.read(info) for info in zf.infolist() if not info.is_dir()]
    for index, seed in enumerate(seeds):
        (folder / f"file-{index:03d}").write_bytes(bytes([0, index % len(NAMES)]) + seed)
    (folder / "sample").write_bytes(b"\x02\x00" + lx.sample_export_path().read_bytes())


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--seed-corpus":
        seed_corpus(Path(sys.argv[2]))
        return
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
