"""Project-level checks: the sample export, generated docs, the documented quick start."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import linkedin_export as lx

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, check=False, timeout=120
    )


def test_sample_export_is_what_the_generator_writes() -> None:
    result = _run("tools/make_sample.py", "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_fixture_inputs_are_what_the_generators_write() -> None:
    generators = sorted((ROOT / "tools").glob("make_fixtures*.py"))
    assert generators
    for generator in generators:
        result = _run(str(generator.relative_to(ROOT)), "--check")
        assert result.returncode == 0, f"{generator.name}: {result.stdout}{result.stderr}"


def test_sample_export_shows_the_quirks() -> None:
    path = lx.sample_export_path()
    assert path.is_file()
    assert zipfile.is_zipfile(path)
    export = lx.load(path)
    codes = {str(w.code) for w in export.warnings}
    assert {"hidden-member", "mojibake-repaired", "contact-info-in-name", "invalid-email"} <= codes
    assert "connections/2023" in export.format_ids
    # Every LinkedIn file of the sample is read with a format version; only the unknown file is not.
    untyped = sorted(f.name for f in export.files if f.format_id is None)
    assert untyped == ["Sample Notes From The Owner.csv"]
    assert [a.title for a in export.articles] == ["Maps that lie"]
    assert export.owner == "Sam Ekdahl"
    assert {m.direction for m in export.messages} == {"INCOMING", "OUTGOING"}
    assert export.profile is not None
    assert export.profile.first_name == "Sam"
    assert [p.title for p in export.positions] == ["Cartographer", "GIS Analyst"]
    assert export.positions[0].is_current
    assert [e.email.kind for e in export.email_addresses if e.email] == ["work", "personal"]
    assert sum(c.is_hidden for c in export.connections) == 2
    assert all(f.rows == f.records for f in export.files)  # nothing malformed in the sample
    # Invented people only: no address at a real company domain in the sample.
    domains = {c.email.domain for c in export.connections if c.email and c.email.domain}
    assert domains <= {
        "fernwood-labs.io", "quillandfern.co.uk", "brightmoor-analytics.de", "northwind-carto.com",
        "saltmarsh-robotics.com", "larkspur-health.org", "obsidianferry.net", "gmail.com",
        "outlook.com", "icloud.com",
    }  # fmt: skip


def test_generated_docs_are_up_to_date() -> None:
    result = _run("tools/gen_docs.py", "--check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_docs_list_every_format_and_warning_code() -> None:
    formats = (ROOT / "docs/formats.md").read_text("utf-8")
    warnings = (ROOT / "docs/warnings.md").read_text("utf-8")
    for info in lx.supported_formats():
        assert f"`{info.id}`" in formats
    for code in lx.WarningCode:
        assert f"`{code.value}`" in warnings


def test_quick_start_code_runs() -> None:
    """The first Python block of docs/index.md is executed, so it cannot rot."""
    text = (ROOT / "docs/index.md").read_text("utf-8")
    block = re.findall(r"```python\n(.*?)```", text, flags=re.DOTALL)[0]
    namespace: dict[str, object] = {}
    exec(compile(block, "docs/index.md", "exec"), namespace)  # noqa: S102 - our own docs
    assert isinstance(namespace["export"], lx.Export)
    assert namespace["work"]


def test_readme_commands_are_the_ci_commands() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    ci = (ROOT / ".ci/run").read_text("utf-8")
    test_command = 'python -m pip install -e ".[test]" && python -m pytest'
    assert test_command in readme
    assert test_command in ci
    assert "pip install . && linkedin-export summary --sample" in readme


def test_changelog_has_export_formats_first() -> None:
    text = (ROOT / "CHANGELOG.md").read_text("utf-8")
    unreleased = text.index("## [Unreleased]")
    assert text.index("### Export formats", unreleased) < text.index("### Added", unreleased)


def _check_python_blocks(path: Path, *, only: str | None = None) -> int:
    """Run the Python blocks of a docs page (those containing ``only``, if given); a line
    ``expression  # literal`` must hold. ``export`` is the bundled sample, loaded."""
    namespace: dict[str, object] = {}
    exec(  # noqa: S102
        "import datetime\nimport linkedin_export as lx\nfrom linkedin_export import *\n"
        "export = lx.load(lx.sample_export_path())",
        namespace,
    )
    checked = 0
    blocks = re.findall(r"```python\n(.*?)```", path.read_text("utf-8"), flags=re.DOTALL)
    for block in (b for b in blocks if only is None or only in b):
        for line in block.splitlines():
            code, _, claim = line.partition("  # ")
            if not code.strip():
                continue
            try:
                expression = compile(code, str(path), "eval")
                expected = eval(claim, namespace) if claim else None  # noqa: S307 - our docs
            except SyntaxError:
                exec(compile(code, str(path), "exec"), namespace)  # noqa: S102
                continue
            value = eval(expression, namespace)  # noqa: S307
            if claim:
                assert value == expected, f"{path.name}: {code.strip()} gave {value!r}"
                checked += 1
    return checked


def test_email_and_phone_guide_examples_hold() -> None:
    assert _check_python_blocks(ROOT / "docs/emails.md") >= 10


def test_typed_collections_example_holds() -> None:
    assert _check_python_blocks(ROOT / "docs/index.md", only="export.profile.headline") == 3


def test_import_is_light_and_every_public_name_resolves() -> None:
    code = (
        "import sys, linkedin_export as lx\n"
        "heavy = [m for m in ('linkedin_export._formats', 'linkedin_export.models.career',\n"
        "         'email_validator', 'phonenumbers', 'chardet') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "missing = [n for n in lx.__all__ if getattr(lx, n, None) is None]\n"
        "assert not missing, missing\n"
        "assert 'Position' in dir(lx)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
