"""Published articles, read from their HTML files (FORMATS.md §4.38)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import linkedin_export as lx
from linkedin_export._reading.article import read_article

PUBLISHED = (
    '<html><head><title>Rivers</title><meta charset="UTF-8"><style>p{margin:0}</style></head>'
    '<body><h1><a href="https://www.linkedin.com/pulse/rivers-ines-okafor-4d5e6">Rivers</a></h1>'
    "<p>First &amp; foremost.</p><p>Second.</p></body></html>"
)


def test_a_published_article() -> None:
    article = read_article(PUBLISHED, "Articles/Articles/rivers.html")
    assert article.title == "Rivers"
    assert article.url == "https://www.linkedin.com/pulse/rivers-ines-okafor-4d5e6"
    assert article.slug == "rivers-ines-okafor-4d5e6"
    assert article.text == "First & foremost.\nSecond."  # no title, no style sheet
    assert article.saved_at is None


def test_a_2018_draft_named_by_its_date() -> None:
    article = read_article("<h1>Untitled</h1><p>Draft.</p>", "Articles/2018-03-02 10:11:12.html")
    assert article.url is None
    assert article.text == "Draft."
    assert article.saved_at == dt.datetime(2018, 3, 2, 10, 11, 12, tzinfo=dt.UTC)


def test_broken_markup_never_raises() -> None:
    for text in ["", "<", "<h1><a href=", "</body></html><p>", "\x00<<>>", "<h1><a>x</a>"]:
        assert isinstance(read_article(text, "a.html"), lx.Article)


def test_articles_in_an_archive() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Articles/Articles/rivers.html", PUBLISHED)
        archive.writestr("Articles/Articles/dessin-é.html", "<h1>Dessin</h1><p>Texte.</p>")
    export = lx.load(buffer.getvalue())
    assert sorted(a.slug or "" for a in export.articles) == ["dessin-é", "rivers-ines-okafor-4d5e6"]
    assert {f.format_id for f in export.files} == {"articles/html"}
    assert export.articles[0].provenance is not None
    assert not [w for w in export.warnings if w.code is lx.WarningCode.UNKNOWN_FILE]
