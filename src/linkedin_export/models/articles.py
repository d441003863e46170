"""Articles the member published (``Articles/**/*.html``, FORMATS.md §4.38)."""

from __future__ import annotations

import datetime as dt

import attrs

from linkedin_export.models._base import Record

__all__ = ["Article"]


@attrs.frozen(kw_only=True)
class Article(Record):
    """One article, read from its HTML file.

    Attributes:
        title: the article's title (``Untitled`` for a draft in 2018 exports), or ``None``.
        url: the published article's address (``https://www.linkedin.com/pulse/<slug>``), or
            ``None`` for a draft.
        slug: the ``<slug>`` of the URL, else the file name without ``.html``.
        text: the body as plain text, one paragraph per line, the title heading left out.
        html: the file's HTML as exported.
        saved_at: the instant in the file name of 2018 exports (``2018-03-02 10:11:12.html``,
            UTC), or ``None``; the HTML itself holds no date.
        format_id: the id of the format version it was read with.
    """

    title: str | None = None
    url: str | None = None
    slug: str | None = None
    text: str | None = None
    html: str = attrs.field(default="", repr=False)
    saved_at: dt.datetime | None = None
    format_id: str | None = attrs.field(default=None, eq=False)
