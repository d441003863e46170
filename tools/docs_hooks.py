"""MkDocs hooks of the documentation site (``hooks:`` in ``mkdocs.yml``); not used at run time.

The docstrings use Sphinx-style cross-references (``:class:`Export```, ``:func:`~x.load```), as
``tools/gen_docs.py`` expects. Rendered as Markdown they come out as
``:class:<code>Export</code>``; this hook turns each one into a cross-reference that
mkdocs-autorefs resolves to the object's reference entry when there is one, and into plain code
otherwise (``optional``: never a warning). A name that is not qualified by a module (``Export``,
``Export.records``, ``classify_emails``) is looked up in ``linkedin_export``.

Imports nothing from MkDocs, so it type-checks without the ``docs`` extra installed.
"""

from __future__ import annotations

import html
import re

__all__ = ["on_page_content", "sphinx_roles_to_autorefs"]

_ROLE = re.compile(
    r":(?:py:)?(?:class|func|meth|attr|mod|data|exc|obj|const):"
    r"<code>(?P<tilde>~?)(?P<target>\.*[A-Za-z_][\w.]*?)(?P<call>\(\))?</code>"
)
_PACKAGE = "linkedin_export"


def _identifier(target: str) -> str:
    """The autorefs identifier of a role's target."""
    target = target.lstrip(".")  # a name relative to the docstring's module: best effort
    head = target.split(".", 1)[0]
    if head == _PACKAGE:
        return target
    if "." not in target or head[:1].isupper():  # a name or a class of the package
        return f"{_PACKAGE}.{target}"
    return target  # another module: os.PathLike


def _replace(match: re.Match[str]) -> str:
    target = match["target"].lstrip(".")
    shown = target.rsplit(".", 1)[-1] if match["tilde"] else target
    title = f"<code>{html.escape(shown)}{match['call'] or ''}</code>"
    return f'<autoref identifier="{html.escape(_identifier(target))}" optional>{title}</autoref>'


def sphinx_roles_to_autorefs(page_html: str) -> str:
    """Replace the rendered Sphinx roles of ``page_html`` by optional autorefs cross-references."""
    return _ROLE.sub(_replace, page_html)


def on_page_content(page_html: str, **kwargs: object) -> str:
    """MkDocs ``on_page_content`` event: runs before autorefs resolves cross-references."""
    return sphinx_roles_to_autorefs(page_html)
