"""Write the golden-fixture inputs of published articles (FORMATS.md §4.38), invented text only.

python tools/make_fixtures_articles.py [--check]
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from fixture_cases import Cases, run  # tools/fixture_cases.py, beside this script

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

_STYLE = "<style>body{font-family:sans-serif}</style>"


def article_2026() -> bytes:
    return (
        '<html><head><title>Maps that lie, gently</title><meta charset="UTF-8">'
        f"{_STYLE}</head><body>"
        '<h1><a href="https://www.linkedin.com/pulse/maps-lie-gently-mara-quill-1a2b3">'
        "Maps that lie, gently</a></h1>"
        "<p>Every map chooses what to leave out &amp; what to bend.</p>"
        "<p>Projections are promises, not facts.<br>Read the legend first.</p>"
        "</body></html>\n"
    ).encode()


def article_2018_draft() -> bytes:
    return (
        '<html><head><title>Untitled</title><meta charset="UTF-8"></head><body>'
        "<h1>Untitled</h1><p>Notes for a piece on river surveys in Évora.</p></body></html>\n"
    ).encode()


CASES: Cases = {
    "articles/2026": ("input.html", article_2026),
    "articles/2018-draft": ("input.html", article_2018_draft),
}


def main(argv: Sequence[str] | None = None) -> int:
    return run(CASES, FIXTURES, __file__, argv)


if __name__ == "__main__":
    sys.exit(main())
