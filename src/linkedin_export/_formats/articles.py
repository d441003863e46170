"""Articles: ``Articles/**/*.html``, one published article per file (FORMATS.md §4.38). They are
HTML, not tables: ``linkedin_export._reading.article`` reads them."""

from __future__ import annotations

from linkedin_export._builders import record_builder
from linkedin_export._formats._spec import Container, FileSpec, Kind
from linkedin_export.models.articles import Article

__all__ = ["SPECS"]


ARTICLES_HTML = FileSpec(
    id="articles/html",
    kind=Kind.ARTICLES,
    title="Articles/**/*.html, one published article per file",
    files=(r".*",),
    columns=(),
    build=record_builder(Article),  # not called: HTML files are read by _reading/article.py
    first_seen="2018",
    confidence="M",
    container=Container.HTML,
    notes="Title, /pulse/ link and paragraphs; no date inside (2018 file names carry one).",
    reference="§4.38",
)
SPECS: tuple[FileSpec, ...] = (ARTICLES_HTML,)
