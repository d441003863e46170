"""Articles: the title, link and text of one exported ``.html`` article (standard library only)."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from html.parser import HTMLParser

from linkedin_export.models.articles import Article
from linkedin_export.models.messaging import html_to_text

__all__ = ["read_article"]

_DATED = re.compile(r"(\d{4})-(\d{2})-(\d{2})[ _T](\d{2})[:_.-]?(\d{2})[:_.-]?(\d{2})")


class _Head(HTMLParser):
    """The ``<title>``, the first ``<h1>``'s link and the text of the ``<body>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title: list[str] = []
        self.heading_link: str | None = None
        self._in: list[str] = []
        self.body_start: int | None = None
        self.heading_end: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in.append(tag)
        if tag == "a" and "h1" in self._in and self.heading_link is None:
            self.heading_link = dict(attrs).get("href")
        if tag == "body" and self.body_start is None:
            self.body_start = self._offset()

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            while self._in and self._in.pop() != tag:
                pass
        if tag == "h1" and self.heading_end is None:
            self.heading_end = self._offset() + len("</h1>")

    def handle_data(self, data: str) -> None:
        if self._in and self._in[-1] == "title":
            self.title.append(data)

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_offsets[line - 1] + column

    def feed_text(self, text: str) -> None:
        self._line_offsets = [0]
        for line in text.splitlines(keepends=True):
            self._line_offsets.append(self._line_offsets[-1] + len(line))
        self.feed(text)
        self.close()


def read_article(html: str, path: str) -> Article:
    """Read an article; never raises (a file that is not an article gives mostly ``None``s)."""
    head = _Head()
    with contextlib.suppress(AssertionError, IndexError, ValueError):  # keep what was read
        head.feed_text(html)
    title = " ".join("".join(head.title).split()) or None
    link = head.heading_link.strip() if head.heading_link else None
    slug = link.rstrip("/").rsplit("/", 1)[-1] if link else None
    base = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    start = head.heading_end or head.body_start or 0
    body = re.sub(r"(?is)<(style|script|head)\b.*?</\1\s*>", "", html[start:])
    text = html_to_text(body)
    saved_at = None
    if match := _DATED.fullmatch(base):
        try:
            year, month, day, hour, minute, second = (int(part) for part in match.groups())
            saved_at = dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)
        except ValueError:
            saved_at = None
    return Article(
        title=title,
        url=link,
        slug=slug or base,
        text=text,
        html=html,
        saved_at=saved_at,
    )
