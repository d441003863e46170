"""The documentation site (``mkdocs.yml``) is complete and cannot drift from the code.

The build itself (``mkdocs build --strict``) runs in CI with the ``docs`` extra; these checks need
no MkDocs: every public name has a reference entry, every page in the navigation exists, the
changelog page is the changelog, and the commands in README.md and ``.ci/run`` agree.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import cast

import linkedin_export as lx

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REFERENCE = DOCS / "reference"
DOCS_COMMAND = (
    'python -m pip install -e ".[docs]" && mkdocs build --strict --site-dir "$(mktemp -d)"'
)


def _nav_pages() -> list[str]:
    """The Markdown files named in the ``nav:`` of mkdocs.yml (relative to docs/)."""
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    nav = config[config.index("\nnav:") :]
    return re.findall(r"^\s+- (?:[^\n]*?: )?([\w/.-]+\.md)\s*$", nav, flags=re.MULTILINE)


def test_every_public_name_has_one_reference_entry() -> None:
    entries = Counter(
        name
        for page in REFERENCE.glob("*.md")
        for name in re.findall(r"^::: linkedin_export\.(\w+)\s*$", page.read_text("utf-8"), re.M)
    )
    public = set(lx.__all__) - {"__version__"}
    assert sorted(public - set(entries)) == [], "public names without a reference entry"
    assert sorted(set(entries) - public) == [], "reference entries that are not public names"
    assert [name for name, count in entries.items() if count > 1] == [], "documented twice"


def test_navigation_pages_exist_and_cover_the_guides_and_reference() -> None:
    pages = _nav_pages()
    assert "index.md" in pages
    assert "changelog.md" in pages
    missing = [page for page in pages if not (DOCS / page).is_file()]
    assert missing == []
    for folder in ("howto", "reference"):
        for path in sorted((DOCS / folder).glob("*.md")):
            assert f"{folder}/{path.name}" in pages, f"{folder}/{path.name} is not in the nav"
    for generated in ("formats.md", "warnings.md", "accuracy.md", "emails.md", "performance.md"):
        assert generated in pages


def test_changelog_page_includes_the_changelog() -> None:
    page = (DOCS / "changelog.md").read_text("utf-8")
    assert re.findall(r'^--8<-- "(.+)"$', page, flags=re.MULTILINE) == ["CHANGELOG.md"]
    assert "## [" not in page, "the changelog is included, never copied"


def test_docs_build_command_is_the_same_in_readme_and_ci() -> None:
    assert DOCS_COMMAND in (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci/run").read_text("utf-8")
    assert DOCS_COMMAND in ci
    assert ci.index("mypy --strict") < ci.index(DOCS_COMMAND), "docs build runs after the lint"
    assert "site/" in (ROOT / ".gitignore").read_text("utf-8").split()


def _hook() -> Callable[[str], str]:
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "tools/docs_hooks.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return cast("Callable[[str], str]", module.sphinx_roles_to_autorefs)


def test_hook_turns_sphinx_roles_into_optional_cross_references() -> None:
    convert = _hook()
    assert convert("raise :class:<code>DataQualityError</code> at the end") == (
        'raise <autoref identifier="linkedin_export.DataQualityError" optional>'
        "<code>DataQualityError</code></autoref> at the end"
    )
    assert convert(":class:<code>~linkedin_export.EmailInfo</code>") == (
        '<autoref identifier="linkedin_export.EmailInfo" optional><code>EmailInfo</code></autoref>'
    )
    assert convert(":func:<code>os.fspath()</code>") == (
        '<autoref identifier="os.fspath" optional><code>os.fspath()</code></autoref>'
    )
    assert 'identifier="linkedin_export"' in convert(":mod:<code>linkedin_export</code>")
    untouched = "a <code>:class:</code> in prose, and <code>plain</code> code"
    assert convert(untouched) == untouched


def test_hook_qualifies_names_of_the_package_only() -> None:
    convert = _hook()
    rendered = ":meth:<code>Export.records</code>, :func:<code>~._spec.norm_name</code>"
    converted = convert(rendered)
    assert 'identifier="linkedin_export.Export.records"' in converted
    assert "<code>norm_name</code>" in converted
    assert ":meth:" not in converted
    assert ":func:" not in converted
