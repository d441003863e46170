"""The how-to guides cannot rot: every ``python`` block of ``docs/howto/*.md`` is executed.

The blocks of one page run in order in one namespace, as a reader pasting them into one session
would run them; each page starts from an empty namespace, so a page imports what it uses. A block
right after a ``<!-- not-run -->`` line is skipped (for code that needs files the repository does
not have, such as many real exports).

A top-level expression statement followed by a comment is a claim: ``expression  # expected``
must hold (``expected`` is a Python expression, evaluated with the page's names and the public
names of ``linkedin_export``). Comments on other lines are prose.
"""

from __future__ import annotations

import ast
import contextlib
import io
import re
import tokenize
from pathlib import Path

import pytest

import linkedin_export as lx

ROOT = Path(__file__).resolve().parent.parent
HOWTOS = sorted((ROOT / "docs" / "howto").glob("*.md"))
NOT_RUN = "<!-- not-run -->"
_FENCE = re.compile(r"^```python\n(?P<code>.*?)^```[ \t]*$", re.DOTALL | re.MULTILINE)


class Block:
    """One ``python`` block of a page: its code, the page line of its first code line, and
    whether it is marked not-run."""

    def __init__(self, code: str, line: int, *, run: bool) -> None:
        self.code, self.line, self.run = code, line, run


def python_blocks(text: str) -> list[Block]:
    """The ``python`` blocks of a Markdown page, in order."""
    blocks = []
    for match in _FENCE.finditer(text):
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        line = text.count("\n", 0, match.start("code")) + 1
        blocks.append(Block(match["code"], line, run=before.strip() != NOT_RUN))
    return blocks


def _comments(code: str) -> dict[int, str]:
    """Line number → text of a comment that follows code on that line."""
    found: dict[int, str] = {}
    tokens = tokenize.generate_tokens(io.StringIO(code).readline)
    for token in tokens:
        if token.type == tokenize.COMMENT and token.line[: token.start[1]].strip():
            found[token.start[0]] = token.string.removeprefix("#").strip()
    return found


def run_block(block: Block, namespace: dict[str, object], page: str) -> int:
    """Execute ``block`` statement by statement in ``namespace``; check its claims.

    Returns the number of claims checked. Line numbers in tracebacks are the page's.
    """
    # Pad so that line numbers of the compiled code are the page's line numbers.
    source = "\n" * (block.line - 1) + block.code
    tree = ast.parse(source, filename=page)
    claims = _comments(source)
    public = {name: getattr(lx, name) for name in lx.__all__}
    checked = 0
    for statement in tree.body:
        module = ast.Module(body=[statement], type_ignores=[])
        claim = claims.get(statement.end_lineno or statement.lineno)
        if isinstance(statement, ast.Expr) and claim is not None:
            value = eval(compile(ast.Expression(statement.value), page, "eval"), namespace)  # noqa: S307 - our own docs
            try:
                expected = eval(claim, {**public, "lx": lx, **namespace})  # noqa: S307
            except SyntaxError:
                pytest.fail(
                    f"{page}:{statement.end_lineno}: a comment after an expression is a claim and "
                    f"must be a Python expression (move prose to its own line): # {claim}"
                )
            assert value == expected, (
                f"{page}:{statement.lineno}: {ast.unparse(statement)} gave {value!r}, "
                f"the page says {claim}"
            )
            checked += 1
        else:
            exec(compile(module, page, "exec"), namespace)  # noqa: S102 - our own docs
    return checked


def run_page(path: Path) -> tuple[int, int]:
    """Run every runnable block of a page in one namespace; (blocks run, claims checked)."""
    page = path.relative_to(ROOT).as_posix()
    namespace: dict[str, object] = {"__name__": "howto"}
    ran = checked = 0
    with contextlib.redirect_stdout(io.StringIO()):
        for block in python_blocks(path.read_text("utf-8")):
            if block.run:
                checked += run_block(block, namespace, page)
                ran += 1
    return ran, checked


def test_the_four_howtos_exist() -> None:
    names = {path.stem for path in HOWTOS}
    assert {"warnings", "emails", "new-format", "pipeline"} <= names


@pytest.mark.parametrize("path", HOWTOS, ids=lambda path: path.stem)
def test_howto_code_runs(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # relative paths in the guides are the reader's, not the repo's
    blocks = python_blocks(path.read_text("utf-8"))
    ran, checked = run_page(path)
    assert ran >= 1, f"{path.name} has no runnable python block"
    # not-run is for the exception, never the rule.
    assert len(blocks) - ran <= max(1, len(blocks) // 4), f"{path.name}: too many {NOT_RUN}"
    assert checked >= 1, f"{path.name} checks no claim (expression  # expected)"


def test_block_parsing_and_claims() -> None:
    text = (
        "Intro.\n\n```python\nx = 1 + 1\nx  # 2\n```\n\n"
        f"{NOT_RUN}\n```python\nraise RuntimeError('skipped')\n```\n\n"
        "```python\nfor i in range(2):\n    x += i  # prose, not a claim\nx  # 3\n```\n"
    )
    blocks = python_blocks(text)
    assert [(b.line, b.run) for b in blocks] == [(4, True), (10, False), (14, True)]
    namespace: dict[str, object] = {}
    assert sum(run_block(b, namespace, "page.md") for b in blocks if b.run) == 2
    wrong = Block("y = 2\ny  # 3\n", 1, run=True)
    with pytest.raises(AssertionError, match=r"page\.md:2: y gave 2, the page says 3"):
        run_block(wrong, {}, "page.md")
    prose = Block("z = 1\nz  # one, as prose\n", 1, run=True)
    with pytest.raises(pytest.fail.Exception, match="must be a Python expression"):
        run_block(prose, {}, "page.md")
