"""Writing and checking golden-fixture inputs: the part every ``make_fixtures*.py`` shares.

A case maps its folder (relative to the fixtures root) to ``(input, make)``: ``input`` is a file
extension (``"csv"`` → ``input.csv``) or a whole file name starting with ``input.``, and ``make``
returns the file's exact bytes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

__all__ = ["Cases", "check_cases", "csv_line", "run", "write_cases"]

Cases = Mapping[str, tuple[str, Callable[[], bytes]]]


def csv_line(cells: Sequence[str], delimiter: str = ",") -> str:
    """One CSV line with minimal RFC 4180 quoting, as LinkedIn writes it: a cell is quoted only
    when it holds the delimiter, a quote or a line break; ``"`` is doubled."""
    return delimiter.join(
        '"' + cell.replace('"', '""') + '"'
        if delimiter in cell or any(char in cell for char in '"\r\n')
        else cell
        for cell in cells
    )


def _file_name(spec: str) -> str:
    return spec if spec.startswith("input.") else f"input.{spec}"


def write_cases(cases: Cases, root: Path) -> list[Path]:
    """Write every case's input under ``root``; remove other ``input.*`` files in its folder."""
    written: list[Path] = []
    for case, (spec, make) in cases.items():
        folder = root / case
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / _file_name(spec)
        for stale in folder.glob("input.*"):
            if stale != target:
                stale.unlink()
        target.write_bytes(make())
        written.append(target)
    return written


def check_cases(cases: Cases, root: Path) -> list[str]:
    """Cases whose input is missing, differs from ``make()``, or has a stray ``input.*`` beside."""
    stale: list[str] = []
    for case, (spec, make) in cases.items():
        target = root / case / _file_name(spec)
        others = [path for path in (root / case).glob("input.*") if path != target]
        if not target.is_file() or target.read_bytes() != make() or others:
            stale.append(case)
    return stale


def run(cases: Cases, root: Path, script: str, argv: Sequence[str] | None = None) -> int:
    """The command line of a generator: write the inputs, or ``--check`` them (exit 1 if stale)."""
    name = Path(script).name
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--check"]:
        stale = check_cases(cases, root)
        for case in stale:
            print(f"stale: {case} (run python tools/{name})")
        return 1 if stale else 0
    if args:
        print(f"usage: python tools/{name} [--check]", file=sys.stderr)
        return 2
    for path in write_cases(cases, root):
        print(f"wrote {path} ({path.stat().st_size} bytes)")
    print("now run: pytest tests/test_golden.py --update-golden, and review the diff")
    return 0
