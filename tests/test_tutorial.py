"""The tutorial (and the output guide) run: every ``python`` block of the page, in order, in one
namespace, and the ``text`` block right under a code block must be exactly what it printed.

A block preceded by a ``<!-- not-run -->`` line is shown but not run (it needs matplotlib).
Same idea as ``test_quick_start_code_runs`` in ``test_project.py``, over whole pages.
"""

from __future__ import annotations

import contextlib
import io
import re
from collections import Counter
from pathlib import Path
from typing import NamedTuple

import pytest

import linkedin_export as lx

DOCS = Path(__file__).resolve().parent.parent / "docs"
NOT_RUN = "<!-- not-run -->"
_FENCE = re.compile(r"^```(\w*)\s*$")


class Block(NamedTuple):
    """A fenced block of a Markdown page."""

    language: str
    code: str
    line: int  # of the opening fence, 1-based
    run: bool  # False when a ``<!-- not-run -->`` line comes just before it
    after_block: bool  # only blank lines between it and the block before


def fenced_blocks(text: str) -> list[Block]:
    """Every fenced block of ``text``, in order."""
    blocks: list[Block] = []
    lines = text.splitlines()
    previous = ""  # the last non-blank line seen outside blocks ("```" after a block)
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if match and match[1]:
            start = index
            index += 1
            body: list[str] = []
            while index < len(lines) and lines[index].rstrip() != "```":
                body.append(lines[index])
                index += 1
            code = "\n".join(body) + "\n"
            blocks.append(Block(match[1], code, start + 1, previous != NOT_RUN, previous == "```"))
            previous = "```"
        elif lines[index].strip():
            previous = lines[index].strip()
        index += 1
    return blocks


def run_page(path: Path, namespace: dict[str, object]) -> tuple[int, int]:
    """Run the page's Python blocks; returns (blocks run, outputs checked)."""
    blocks = fenced_blocks(path.read_text("utf-8"))
    ran = checked = 0
    for index, block in enumerate(blocks):
        if block.language != "python" or not block.run:
            continue
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(block.code, f"{path.name}:{block.line}", "exec"), namespace)  # noqa: S102 - our own docs
        ran += 1
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and following.language == "text" and following.after_block:
            assert printed.getvalue() == following.code, (
                f"{path.name}:{block.line}: the block printed\n{printed.getvalue()}"
                f"but the page shows (line {following.line})\n{following.code}"
            )
            checked += 1
    return ran, checked


def test_the_block_reader() -> None:
    page = (
        "Intro\n\n```python\nx = 1\nprint(x)\n```\n\n```text\n1\n```\n\nSome text.\n\n"
        f"{NOT_RUN}\n```python\nimport missing_module\n```\n\n```sh\nls\n```\n"
    )
    blocks = fenced_blocks(page)
    assert [(b.language, b.run, b.after_block) for b in blocks] == [
        ("python", True, False),
        ("text", True, True),
        ("python", False, False),
        ("sh", True, True),
    ]
    assert blocks[0].code == "x = 1\nprint(x)\n"
    assert blocks[0].line == 3


def test_tutorial_runs_and_shows_what_it_prints() -> None:
    page = DOCS / "tutorial.md"
    namespace: dict[str, object] = {}
    ran, checked = run_page(page, namespace)
    blocks = fenced_blocks(page.read_text("utf-8"))
    python = [b for b in blocks if b.language == "python"]
    assert ran == len([b for b in python if b.run]) >= 8
    assert checked >= 8

    skipped = [b for b in python if not b.run]
    assert len(skipped) == 1
    assert "matplotlib" in skipped[0].code

    # What the page computed is what the library says, independently of the printed text.
    export = lx.load(lx.sample_export_path())
    assert isinstance(namespace["export"], lx.Export)
    tutorial_export = namespace["export"]
    assert len(tutorial_export.connections) == len(export.connections)
    frame = namespace["frame"]
    assert len(frame) == len(export.connections)  # type: ignore[arg-type]
    per_year = namespace["per_year"]
    dated = Counter(c.connected_on.year for c in export.connections if c.connected_on)
    assert per_year.to_dict() == dict(sorted(dated.items()))  # type: ignore[attr-defined]
    assert namespace["kinds"] == Counter(str(c.email.kind) for c in export.connections if c.email)
    serious = namespace["serious"]
    assert serious == [w for w in export.warnings if w.severity is not lx.Severity.INFO]


def test_output_guide_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # the examples write files into the current folder
    ran, checked = run_page(DOCS / "output.md", {})
    assert ran >= 5
    assert checked >= 4
    assert (tmp_path / "connections.jsonl").is_file()
    assert (tmp_path / "connections.csv").is_file()
    assert (tmp_path / "contacts.vcf").is_file()
