"""Merge and diff of two exports of one member from different eras (``export_pair``: August 2021
and December 2024), refusal of different members, and ``linkedin-export diff``."""

from __future__ import annotations

import ast
import datetime as dt
import io
import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

import linkedin_export as lx
from export_pair import (
    AURELIO_CHAT,
    EUNJI_CHAT,
    NEW_NAME,
    OLD_NAME,
    new_zip,
    old_zip,
    write_pair,
)
from linkedin_export import _load
from linkedin_export._merge import export_date
from test_era_archives import ERAS
from test_era_archives import _zip as era_zip

ROOT = Path(__file__).resolve().parent.parent
OLD, NEW = "2021-08-20", "2024-12-20"


@pytest.fixture(scope="module")
def old() -> lx.Export:
    return lx.load(old_zip(), name=OLD_NAME)


@pytest.fixture(scope="module")
def new() -> lx.Export:
    return lx.load(new_zip(), name=NEW_NAME)


def names(connections: tuple[lx.Connection, ...]) -> list[str | None]:
    return [c.full_name for c in connections]


def test_the_pair_is_read_in_the_formats_of_its_eras(old: lx.Export, new: lx.Export) -> None:
    assert old.format_ids == (
        "connections/2021", "education/2015", "email_addresses/2018", "languages/2018",
        "positions/2017", "profile/2020", "skills/2015", "messages/2021",
    )  # fmt: skip
    assert new.format_ids == (
        "connections/2023", "education/2015", "email_addresses/2018", "languages/2018",
        "positions/2017", "profile/2020", "skills/2015", "messages/2024-drafts",
    )  # fmt: skip
    assert old.owner == new.owner == "Ilse Marrow"
    assert (export_date(old), export_date(new)) == (dt.date(2021, 8, 20), dt.date(2024, 12, 20))
    # The same message, plain in 2021 and HTML in 2024, has one key.
    assert lx.record_key(old.messages[1]) == lx.record_key(new.messages[1])
    assert old.messages[1].content != new.messages[1].content


# --- diff ---------------------------------------------------------------------------------------


def test_diff_as_objects(old: lx.Export, new: lx.Export) -> None:
    d = lx.diff(old, new)
    assert (d.old_label, d.new_label) == (OLD_NAME, NEW_NAME)
    assert (d.old_date, d.new_date) == (dt.date(2021, 8, 20), dt.date(2024, 12, 20))
    assert (d.connections_before, d.connections_after) == (5, 6)
    assert names(d.connections_added) == ["Eun-ji Park", "Farid Haddad", None]
    assert d.connections_added[2].is_hidden  # made in 2022, after the old export
    assert names(d.connections_removed) == ["Delphine Okoro"]
    assert [(c.key, c.name, c.changes) for c in d.connections_changed] == [
        (
            "in:aurelio-vance",
            "Aurelio Vance",
            (
                lx.FieldChange(field="company", old="Harrowgate Systems", new="Quillfeather Labs"),
                lx.FieldChange(field="position", old="Data Engineer", new="Staff Engineer"),
            ),
        ),
        (
            "in:birte-solberg-7c2",
            "Birte Solberg",
            (
                lx.FieldChange(field="company", old="Nordvik Maritime", new=None),
                lx.FieldChange(field="position", old="Analyst", new=None),
            ),
        ),
    ]
    assert d.connections_changed[0].old is old.connections[0]
    assert d.connections_changed[0].new is new.connections[1]
    # Cosmin shared no email address in 2021: he cannot be followed, neither added nor removed.
    assert [(c.full_name, c.is_hidden) for c in d.unmatched_old] == [
        ("Cosmin Ardelean", False),
        (None, True),
    ]
    assert names(d.unmatched_new) == ["Cosmin Ardelean"]
    assert d.emails_appeared == (
        lx.EmailChange(
            address="ilse.marrow@quillfeather.dev",
            kind=lx.EmailKind.WORK,
            name="Ilse Marrow",
            connection=None,
        ),
    )
    assert d.emails_disappeared == (
        lx.EmailChange(
            address="ilse@harrowgate-systems.io",
            kind=lx.EmailKind.WORK,
            name="Ilse Marrow",
            connection=None,
        ),
    )
    assert [(c.id, c.message_count) for c in d.conversations_added] == [(EUNJI_CHAT, 2)]
    assert d.messages_added == 3
    assert d.profile_changes == (
        lx.FieldChange(
            field="headline",
            old="Data Engineer at Harrowgate Systems",
            new="Staff Data Engineer at Quillfeather Labs",
        ),
        lx.FieldChange(
            field="summary",
            old="Builds data pipelines.",
            new="Builds data pipelines and data contracts.",
        ),
        lx.FieldChange(field="zip_code", old="LS1", new=None),
        lx.FieldChange(
            field="geo_location",
            old="Leeds, England, United Kingdom",
            new="Edinburgh, Scotland, United Kingdom",
        ),
        lx.FieldChange(field="twitter_handles", old=(), new=("ilsemarrow",)),
    )
    assert [(p.company, p.title) for p in d.positions_added] == [
        ("Quillfeather Labs", "Staff Data Engineer")
    ]
    assert d.positions_removed == ()
    assert d.other_changes == (lx.KindChange(kind="skills", added=1, removed=0),)
    assert d.has_changes


DIFF_TEXT = f"""\
Changes from {OLD_NAME} (2021-08-20) to {NEW_NAME} (2024-12-20)

Connections: 5 -> 6
  added (3):
    + Eun-ji Park (Product Designer at Quillfeather Labs), connected 2023-09-14
    + Farid Haddad (CTO at Kestrel Avionics), connected 2024-03-03
    + (hidden member), connected 2022-06-07
  removed (1):
    - Delphine Okoro (Partner at Brackenridge Consulting), connected 2018-02-02
  changed (2):
    ~ Aurelio Vance: company "Harrowgate Systems" -> "Quillfeather Labs"; \
position "Data Engineer" -> "Staff Engineer"
    ~ Birte Solberg: company "Nordvik Maritime" -> (none); position "Analyst" -> (none)
  not followed: 2 of the old export without profile URL or email address, 1 of the new \
export made before the old one but not found in it
Email addresses:
  + ilse.marrow@quillfeather.dev (work): the member's own
  - ilse@harrowgate-systems.io (work): the member's own
Conversations: 1 new, 3 new messages
  + Eun-ji Park (2 messages, from 2024-05-06)
Profile:
  ~ headline: "Data Engineer at Harrowgate Systems" -> "Staff Data Engineer at Quillfeather Labs"
  ~ summary: "Builds data pipelines." -> "Builds data pipelines and data contracts."
  ~ zip_code: "LS1" -> (none)
  ~ geo_location: "Leeds, England, United Kingdom" -> "Edinburgh, Scotland, United Kingdom"
  ~ twitter_handles: (none) -> ilsemarrow
Positions:
  + Staff Data Engineer at Quillfeather Labs (2023-07 to now)
Other records:
  skills: +1 -0"""


def test_diff_as_text(old: lx.Export, new: lx.Export) -> None:
    assert str(lx.diff(old, new)) == DIFF_TEXT


def test_diff_as_json(old: lx.Export, new: lx.Export) -> None:
    data = lx.diff(old, new).to_dict()
    assert json.loads(json.dumps(data)) == data  # plain JSON data
    assert data["old"] == {"source": OLD_NAME, "date": "2021-08-20"}
    assert data["new"] == {"source": NEW_NAME, "date": "2024-12-20"}
    assert data["connections"] == {
        "before": 5,
        "after": 6,
        "added": [
            {
                "key": "in:eunji-park",
                "name": "Eun-ji Park",
                "company": "Quillfeather Labs",
                "position": "Product Designer",
                "connected_on": "2023-09-14",
                "email": "eunji.park@quillfeather.dev",
            },
            {
                "key": "in:farid-haddad-3b",
                "name": "Farid Haddad",
                "company": "Kestrel Avionics",
                "position": "CTO",
                "connected_on": "2024-03-03",
                "email": None,
            },
            {
                "key": None,
                "name": None,
                "company": None,
                "position": None,
                "connected_on": "2022-06-07",
                "email": None,
            },
        ],
        "removed": [
            {
                "key": "email:delphine.okoro@outlook.com",
                "name": "Delphine Okoro",
                "company": "Brackenridge Consulting",
                "position": "Partner",
                "connected_on": "2018-02-02",
                "email": "delphine.okoro@outlook.com",
            }
        ],
        "changed": [
            {
                "key": "in:aurelio-vance",
                "name": "Aurelio Vance",
                "changes": [
                    {"field": "company", "old": "Harrowgate Systems", "new": "Quillfeather Labs"},
                    {"field": "position", "old": "Data Engineer", "new": "Staff Engineer"},
                ],
            },
            {
                "key": "in:birte-solberg-7c2",
                "name": "Birte Solberg",
                "changes": [
                    {"field": "company", "old": "Nordvik Maritime", "new": None},
                    {"field": "position", "old": "Analyst", "new": None},
                ],
            },
        ],
        "unmatched_old": 2,
        "unmatched_new": 1,
    }
    assert data["emails"] == {
        "appeared": [
            {
                "address": "ilse.marrow@quillfeather.dev",
                "kind": "work",
                "name": "Ilse Marrow",
                "connection": None,
            }
        ],
        "disappeared": [
            {
                "address": "ilse@harrowgate-systems.io",
                "kind": "work",
                "name": "Ilse Marrow",
                "connection": None,
            }
        ],
    }
    assert data["conversations"] == {
        "added": [
            {
                "id": EUNJI_CHAT,
                "title": None,
                "participants": ["Eun-ji Park", "Ilse Marrow"],
                "first_at": "2024-05-06T10:00:00+00:00",
                "messages": 2,
            }
        ],
        "messages_added": 3,
    }
    assert [change["field"] for change in data["profile"]] == [
        "headline", "summary", "zip_code", "geo_location", "twitter_handles",
    ]  # fmt: skip
    assert data["profile"][4] == {"field": "twitter_handles", "old": [], "new": ["ilsemarrow"]}
    assert data["positions"] == {
        "added": [
            {
                "company": "Quillfeather Labs",
                "title": "Staff Data Engineer",
                "started_on": "2023-07",
                "finished_on": None,
            }
        ],
        "removed": [],
    }
    assert data["other"] == {"skills": {"added": 1, "removed": 0}}


def test_diff_of_an_export_with_itself_is_empty(new: lx.Export) -> None:
    d = lx.diff(new, new)
    assert not d.has_changes
    assert d.connections_before == d.connections_after == 6
    # The hidden member has no key: it cannot be followed, even from an export to itself.
    assert (names(d.unmatched_old), names(d.unmatched_new)) == ([None], [None])
    assert str(d).endswith(
        "Connections: 6 -> 6\n  not followed: 1 of the old export without profile URL or email "
        "address, 1 of the new export made before the old one but not found in it\nNo changes."
    )


# --- merge --------------------------------------------------------------------------------------


def test_merge_of_the_pair(old: lx.Export, new: lx.Export) -> None:
    merged = lx.merge(new, old)  # any order: the newest values win
    assert isinstance(merged, lx.Export)
    assert merged == lx.merge(old, new)
    assert repr(merged) == (
        "<MergedExport of 2 exports (2021-08-20, 2024-12-20): 9 connections, 5 messages>"
    )
    assert merged.labels == (OLD, NEW)
    assert merged.parts == (
        lx.MergePart(
            label=OLD,
            source=OLD_NAME,
            date=dt.date(2021, 8, 20),
            owner="Ilse Marrow",
            files=8,
            warnings=2,
        ),
        lx.MergePart(
            label=NEW,
            source=NEW_NAME,
            date=dt.date(2024, 12, 20),
            owner="Ilse Marrow",
            files=8,
            warnings=2,
        ),
    )
    assert (merged.source, merged.container, merged.owner) == (
        f"{OLD} + {NEW}",
        "merge",
        "Ilse Marrow",
    )
    assert merged.archive == new.archive
    # Every connection once: the newest export's, then those only the old one has (Cosmin and
    # a hidden member without a key cannot be recognised, so both of their rows are kept).
    assert [(lx.record_key(c), c.full_name, merged.source_of(c)) for c in merged.connections] == [
        ("in:eunji-park", "Eun-ji Park", NEW),
        ("in:aurelio-vance", "Aurelio Vance", NEW),
        ("in:birte-solberg-7c2", "Birte Solberg", NEW),
        ("in:cosmin-ardelean", "Cosmin Ardelean", NEW),
        ("in:farid-haddad-3b", "Farid Haddad", NEW),
        (None, None, NEW),
        (None, "Cosmin Ardelean", OLD),
        (None, None, OLD),
        ("email:delphine.okoro@outlook.com", "Delphine Okoro", OLD),
    ]
    assert dict(merged.sources["connections"]) == {
        "in:eunji-park": NEW,
        "in:aurelio-vance": NEW,
        "in:birte-solberg-7c2": NEW,
        "in:cosmin-ardelean": NEW,
        "in:farid-haddad-3b": NEW,
        "email:delphine.okoro@outlook.com": OLD,
    }
    # Field by field: Birte's company and position are empty in 2024, so the 2021 ones stay.
    birte = merged.connections[2]
    assert (birte.company, birte.position, birte.profile_url) == (
        "Nordvik Maritime",
        "Analyst",
        "https://www.linkedin.com/in/birte-solberg-7c2",
    )
    birte_from = merged.field_sources["in:birte-solberg-7c2"]
    assert (birte_from["company"], birte_from["position"], birte_from["profile_url"]) == (
        OLD,
        OLD,
        NEW,
    )
    assert set(merged.field_sources["in:aurelio-vance"].values()) == {NEW}
    assert merged.connections[1].company == "Quillfeather Labs"
    # The profile: newest values, the 2021 zip code kept (2024 has none).
    profile = merged.profile
    assert profile is not None
    assert (profile.headline, profile.geo_location, profile.zip_code) == (
        "Staff Data Engineer at Quillfeather Labs",
        "Edinburgh, Scotland, United Kingdom",
        "LS1",
    )
    assert merged.field_sources["profile"]["zip_code"] == OLD
    assert merged.field_sources["profile"]["headline"] == NEW
    # Messages once each (the 2024 HTML body wins), conversations rebuilt.
    assert [m.content for m in merged.messages] == [m.content for m in new.messages]
    assert [(c.id, c.message_count) for c in merged.conversations] == [
        (AURELIO_CHAT, 3),
        (EUNJI_CHAT, 2),
    ]
    assert [(p.company, p.finished_on) for p in merged.positions] == [
        ("Quillfeather Labs", None),
        ("Harrowgate Systems", lx.PartialDate(year=2023, month=6)),
    ]
    assert [s.name for s in merged.skills] == [
        "Data Modeling", "Python", "Extract, Transform, Load (ETL)", "Data Contracts",
    ]  # fmt: skip
    assert [e.email.normalized for e in merged.email_addresses if e.email] == [
        "ilse.marrow@gmail.com",
        "ilse.marrow@quillfeather.dev",
        "ilse@harrowgate-systems.io",
    ]
    assert len(merged.education) == len(new.education) == 2
    # records(name) holds the merged records too; files and warnings are those of both.
    assert merged.records("Connections.csv") == merged.connections
    assert len(merged.files) == 16
    assert merged.warnings == new.warnings + old.warnings
    assert merged.report().connections == 9


def test_merged_export_pickles(old: lx.Export, new: lx.Export) -> None:
    merged = lx.merge(old, new)
    again = pickle.loads(pickle.dumps(merged))  # noqa: S301 - our own data
    assert type(again) is lx.MergedExport
    assert again == merged
    assert again.field_sources == merged.field_sources
    assert again.source_of(again.connections[-1]) == OLD


def test_merge_labels_and_a_single_export(new: lx.Export) -> None:
    alone = lx.merge(new, labels=["december"])
    assert alone.labels == ("december",)
    assert alone.connections == new.connections
    assert set(alone.sources["connections"].values()) == {"december"}
    with pytest.raises(ValueError, match="2 labels for 1 exports"):
        lx.merge(new, labels=["a", "b"])
    with pytest.raises(ValueError, match="labels must differ"):
        lx.merge(new, new, labels=["a", "a"])
    with pytest.raises(TypeError, match="at least one export"):
        lx.merge()
    with pytest.raises(TypeError, match="not bytes"):
        lx.merge(new_zip())  # type: ignore[arg-type]


def test_merge_reads_the_messages_left_for_later(
    old: lx.Export, new: lx.Export, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_load, "DEFER_BYTES", -1)
    lazy_old = lx.load(old_zip(), name=OLD_NAME)
    lazy_new = lx.load(new_zip(), name=NEW_NAME)
    assert "messages not read yet" in repr(lazy_new)
    assert lx.merge(lazy_old, lazy_new) == lx.merge(old, new)
    assert lx.diff(lazy_old, lazy_new) == lx.diff(old, new)


CONNECTIONS_2023 = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Aurelio,Vance,https://www.linkedin.com/in/aurelio-vance,{email},{company},Engineer,"
    "12 Mar 2019\n"
)
FARID = (
    "Farid,Haddad,https://www.linkedin.com/in/farid-haddad-3b,,Kestrel Avionics,CTO,03 Mar 2024\n"
)


def test_an_email_no_longer_shared_is_kept_by_merge_and_reported_by_diff() -> None:
    """Two exports with profile URLs (2023 onwards): a connection is followed by its slug, so an
    email address it stopped sharing is kept by the merge and reported by the diff."""
    spring = lx.load(
        CONNECTIONS_2023.format(email="aurelio.vance@gmail.com", company="Harrowgate").encode(),
        name="Connections.csv",
    )
    autumn = lx.load(
        (CONNECTIONS_2023.format(email="", company="Quillfeather Labs") + FARID).encode(),
        name="Connections.csv",
    )
    # No date in the file names: the newest connection date tells which export is newer.
    assert (export_date(spring), export_date(autumn)) == (dt.date(2019, 3, 12), dt.date(2024, 3, 3))
    merged = lx.merge(autumn, spring, labels=["autumn", "spring"])
    assert merged.labels == ("spring", "autumn")
    aurelio, farid = merged.connections
    assert (str(aurelio.email), aurelio.company) == ("aurelio.vance@gmail.com", "Quillfeather Labs")
    assert farid.full_name == "Farid Haddad"
    fields_from = merged.field_sources["in:aurelio-vance"]
    assert (fields_from["email"], fields_from["company"]) == ("spring", "autumn")
    d = lx.diff(spring, autumn)
    assert [(c.key, c.changes) for c in d.connections_changed] == [
        (
            "in:aurelio-vance",
            (lx.FieldChange(field="company", old="Harrowgate", new="Quillfeather Labs"),),
        )
    ]
    assert d.emails_disappeared == (
        lx.EmailChange(
            address="aurelio.vance@gmail.com",
            kind=lx.EmailKind.PERSONAL,
            name="Aurelio Vance",
            connection="in:aurelio-vance",
        ),
    )
    assert d.emails_appeared == ()
    assert names(d.connections_added) == ["Farid Haddad"]


# --- owners -------------------------------------------------------------------------------------


def test_exports_of_different_members_are_refused(new: lx.Export) -> None:
    mara = lx.load(era_zip(ERAS[2024]), name=ERAS[2024].zip_name)
    assert mara.owner == "Mara Quill"
    message = (
        f"{NEW} (owner Ilse Marrow) and 2024-12-20 (2) (owner Mara Quill) look like exports of "
        "different members"
    )
    with pytest.raises(lx.DifferentMembersError, match=re.escape(message)) as error:
        lx.merge(new, mara)
    assert isinstance(error.value, lx.LinkedInExportError)
    with pytest.raises(lx.DifferentMembersError, match="check_owner=False"):
        lx.diff(new, mara)
    both = lx.merge(new, mara, check_owner=False)  # the caller knows better
    assert len(both.connections) == len(new.connections) + len(mara.connections)


def _renamed(data: bytes, old: str, new: str) -> bytes:
    """A copy of a zip with ``old`` replaced by ``new`` in every member."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename, source.read(info).replace(old.encode(), new.encode()))
    return out.getvalue()


def test_a_member_who_changed_name_but_kept_an_address_is_the_same(old: lx.Export) -> None:
    married = lx.load(
        _renamed(new_zip(), "Ilse,Marrow", "Ilse,Lindqvist"), name="Complete_renamed.zip"
    )
    assert married.owner == "Ilse Lindqvist"
    assert lx.merge(old, married).owner == "Ilse Lindqvist"
    # Another name and no address in common: refused.
    stranger = _renamed(
        _renamed(new_zip(), "Ilse,Marrow", "Ilse,Lindqvist"), "ilse.marrow@gmail", "il@gmail"
    )
    with pytest.raises(lx.DifferentMembersError):
        lx.merge(old, lx.load(stranger, name="Complete_stranger.zip"))


def test_an_export_without_owner_details_merges_with_anything(old: lx.Export) -> None:
    connections = lx.load(
        CONNECTIONS_2023.format(email="", company="Fernhill").encode(), name="Connections.csv"
    )
    assert connections.owner is None
    merged = lx.merge(old, connections)
    assert len(merged.connections) == len(old.connections) + 1


def test_export_date_without_an_archive_date_is_the_newest_instant(old: lx.Export) -> None:
    unnamed = lx.load(old_zip())  # bytes without a name: no date in a file name
    assert unnamed.archive is not None
    assert unnamed.archive.date is None
    # The newest instant of its data: the hidden member's connection, 1 June 2021 (the messages
    # are of March 2021, the email addresses of 2019).
    assert export_date(unnamed) == dt.date(2021, 6, 1)


# --- command line -------------------------------------------------------------------------------


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "linkedin_export.cli", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
    )


def test_cli_diff(tmp_path: Path) -> None:
    old_path, new_path = write_pair(tmp_path)
    text = _cli("diff", str(old_path), str(new_path))
    assert text.returncode == 0, text.stderr
    assert text.stdout == DIFF_TEXT + "\n"
    assert text.stderr == ""
    as_json = _cli("diff", str(old_path), str(new_path), "--format", "json")
    assert as_json.returncode == 0, as_json.stderr
    expected = lx.diff(lx.load(old_path), lx.load(new_path)).to_dict()
    assert json.loads(as_json.stdout) == expected
    assert json.loads(as_json.stdout)["connections"]["removed"][0]["name"] == "Delphine Okoro"


def test_cli_diff_refuses_different_members(tmp_path: Path) -> None:
    _, new_path = write_pair(tmp_path)
    mara = tmp_path / ERAS[2024].zip_name.replace("12-20-2024", "12-21-2024")
    mara.write_bytes(era_zip(ERAS[2024]))
    refused = _cli("diff", str(new_path), str(mara))
    assert refused.returncode == 1
    assert refused.stdout == ""
    assert refused.stderr.startswith("linkedin-export: error: ")
    assert "different members" in refused.stderr
    assert "--any-owner" in refused.stderr
    assert "Traceback" not in refused.stderr
    forced = _cli("diff", str(new_path), str(mara), "--any-owner")
    assert forced.returncode == 0, forced.stderr
    assert forced.stdout.startswith(f"Changes from {NEW_NAME} (2024-12-20) to ")


def test_cli_diff_unreadable_and_usage(tmp_path: Path) -> None:
    missing = _cli("diff", str(tmp_path / "missing.zip"), str(tmp_path / "other.zip"))
    assert missing.returncode == 1
    assert "does not exist" in missing.stderr
    usage = _cli("diff", str(tmp_path / "one.zip"))
    assert usage.returncode == 2
    assert "the following arguments are required: new" in usage.stderr


# --- docs ---------------------------------------------------------------------------------------


def test_docs_show_the_real_diff_of_the_pair() -> None:
    page = (ROOT / "docs" / "merge-diff.md").read_text("utf-8")
    blocks = re.findall(r"```text\n(.*?)```", page, flags=re.DOTALL)
    assert DIFF_TEXT + "\n" in blocks


def test_docs_examples_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every Python block of docs/merge-diff.md runs, in order, next to the two exports; a
    statement ``expression  # claim`` must give the claim (a literal, or the value's repr)."""
    write_pair(tmp_path)
    monkeypatch.chdir(tmp_path)
    page = (ROOT / "docs" / "merge-diff.md").read_text("utf-8")
    namespace: dict[str, object] = {}
    exec("from linkedin_export import *", namespace)  # noqa: S102 - the names the claims use
    checked = 0
    for block in re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL):
        lines = block.splitlines()
        for statement in ast.parse(block).body:
            assert statement.end_lineno is not None
            source = "\n".join(lines[statement.lineno - 1 : statement.end_lineno])
            code, _, claim = source.rpartition("  # ") if "  # " in source else (source, "", "")
            if isinstance(statement, ast.Expr) and claim:
                value = eval(code, namespace)  # noqa: S307 - our own docs
                try:
                    expected = eval(claim, namespace)  # noqa: S307
                except SyntaxError:
                    assert repr(value) == claim, code
                else:
                    assert value == expected, f"{code} gave {value!r}"
                checked += 1
            else:
                exec(source, namespace)  # noqa: S102
    assert checked == 15
    out = capsys.readouterr().out
    printed = re.findall(r"```text\n(.*?)```", page, flags=re.DOTALL)
    assert printed[0] in out  # print(warning)
    assert "look like exports of different members" in out  # the refusal example
    assert DIFF_TEXT in out  # print(d)
