"""The recipe of docs/howto-parallel.md, run as written: three exports and a damaged one read
by a process pool of two workers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import linkedin_export as lx
from export_pair import write_pair

ROOT = Path(__file__).resolve().parent.parent


def test_the_process_pool_recipe_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    old, new = write_pair(folder)
    sample = folder / "sample.zip"
    sample.write_bytes(lx.sample_export_path().read_bytes())
    (folder / "damaged.zip").write_bytes(b"PK\x03\x04 this is not a zip archive")
    page = (ROOT / "docs" / "howto-parallel.md").read_text("utf-8")
    recipe = re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL)[0]
    assert "ProcessPoolExecutor(max_workers=2)" in recipe
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(recipe, "docs/howto-parallel.md", "exec"), namespace)  # noqa: S102 - our docs

    exports = namespace["exports"]
    assert isinstance(exports, dict)
    assert sorted(exports) == [old.name, new.name, "sample.zip"]
    for path in (old, new, sample):
        loaded = exports[path.name]
        assert isinstance(loaded, lx.Export)
        assert loaded == lx.load(path)  # what a worker sends back is what a load gives
        assert loaded.warnings == lx.load(path).warnings
    failed = namespace["failed"]
    assert isinstance(failed, dict)
    assert list(failed) == ["damaged.zip"]
    assert isinstance(failed["damaged.zip"], lx.UnreadableInputError)
    out = capsys.readouterr().out
    expected = lx.load(sample)
    line = f"sample.zip {len(expected.connections)} connections, {len(expected.warnings)} warnings"
    assert line in out.splitlines()
    assert "damaged.zip cannot be read:" in out
