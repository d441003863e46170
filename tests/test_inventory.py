"""``export.inventory()``: categories of personal data per file, distinct people, own data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import linkedin_export as lx
from linkedin_export._formats import SPECS
from linkedin_export._formats._spec import Kind
from linkedin_export.inventory import CATEGORIES, WHY_IT_MATTERS, DataCategory

FILES = {
    "Connections.csv": (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Mara,Quill,https://www.linkedin.com/in/mara-quill,,Fernwood Labs,Engineer,14 Mar 2024\n"
        "Tomas,Reyne,https://www.linkedin.com/in/tomas-reyne,tomas.reyne.sample@gmail.com,"
        "Quill & Fern,Designer,02 Jan 2023\n"
        "Ines,Okafor,,ines.okafor.sample@gmail.com,Brightmoor,Analyst,03 Feb 2022\n"
        # The same address for gmail (dots ignored), under another spelling of the name.
        "Ines,Okafor-Lund,,i.n.e.s.okafor.sample@gmail.com,Brightmoor,Analyst,03 Feb 2022\n"
        ",,,,,,05 May 2021\n"  # a hidden member: no one to count
    ),
    "messages.csv": (
        "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
        "DATE,SUBJECT,CONTENT,FOLDER\n"
        "2-a,,Mara Quill,https://www.linkedin.com/in/mara-quill,Sam Ekdahl,"
        "https://www.linkedin.com/in/sam-ekdahl,2024-03-01 10:00:00 UTC,,Hello,INBOX\n"
        "2-a,,Sam Ekdahl,https://www.linkedin.com/in/sam-ekdahl,Mara Quill,"
        "https://www.linkedin.com/in/mara-quill,2024-03-01 11:00:00 UTC,,Hi,INBOX\n"
        "2-b,,LinkedIn Member,,Sam Ekdahl,https://www.linkedin.com/in/sam-ekdahl,"
        "2024-03-02 10:00:00 UTC,,Buy now,INBOX\n"
        '2-c,,Kenji Watanabe,https://www.linkedin.com/in/kenji-watanabe,"Sam Ekdahl, Mara Quill",'
        '"https://www.linkedin.com/in/sam-ekdahl,https://www.linkedin.com/in/mara-quill",'
        "2024-03-03 10:00:00 UTC,,Lunch?,INBOX\n"
    ),
    "Invitations.csv": (
        "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        'Tomas Reyne,Sam Ekdahl,"3/14/24, 9:05 AM",Hi,INCOMING,'
        "https://www.linkedin.com/in/tomas-reyne,https://www.linkedin.com/in/sam-ekdahl\n"
    ),
    "Profile.csv": (
        "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,"
        "Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n"
        'Sam,Ekdahl,,,Mar 14,Cartographer,Maps.,Software,,"Lisbon, Portugal",,,\n'
    ),
    "Email Addresses.csv": (
        "Email Address,Confirmed,Primary,Updated On\n"
        'sam.ekdahl.sample@gmail.com,Yes,Yes,"6/2/21, 8:15 PM"\n'
    ),
    "Logins.csv": (
        "Login Date,IP Address,User Agent,Login Type\n"
        "Tue Mar 05 14:22:01 UTC 2024,203.0.113.24,Mozilla/5.0,Login\n"
        "Wed Mar 06 14:22:01 UTC 2024,203.0.113.25,Mozilla/5.0,Login\n"
    ),
    "My Own Notes.csv": "Topic,Note\nWhy,An unknown file\n",
}


@pytest.fixture
def export(tmp_path: Path) -> lx.Export:
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return lx.load(tmp_path)


def test_every_kind_is_mapped() -> None:
    assert set(CATEGORIES) == set(Kind)
    for kind, (categories, _own) in CATEGORIES.items():
        assert categories, kind
        assert DataCategory.UNCLASSIFIED not in categories
    used = {spec.kind for spec in SPECS}
    assert used <= set(CATEGORIES)


def test_own_data_and_third_party_data_do_not_mix() -> None:
    third_party = {
        DataCategory.THIRD_PARTY_IDENTITIES,
        DataCategory.THIRD_PARTY_CONTACT_DETAILS,
    }
    for kind, (categories, own) in CATEGORIES.items():
        assert own == (not categories & third_party), kind


def test_category_values_are_kebab_case() -> None:
    for category in DataCategory:
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", category.value)


def test_exact_counts(export: lx.Export) -> None:
    inventory = export.inventory()
    assert isinstance(inventory, lx.PrivacyInventory)
    files = {f.path: f for f in inventory.files}
    assert sorted(files) == sorted(FILES)
    summary = {
        path: (f.records, f.people, f.own_data_only, tuple(map(str, f.categories)))
        for path, f in files.items()
    }
    assert summary == {
        "Connections.csv": (
            5,
            3,
            False,
            ("third-party-identities", "third-party-contact-details"),
        ),
        "messages.csv": (4, 2, False, ("third-party-identities", "message-content")),
        "Invitations.csv": (1, 1, False, ("third-party-identities", "message-content")),
        "Profile.csv": (1, 0, True, ("location", "member-profile")),
        "Email Addresses.csv": (1, 0, True, ("member-contact-details",)),
        "Logins.csv": (2, 0, True, ("ip-addresses", "member-activity")),
        "My Own Notes.csv": (1, 0, False, ("unclassified",)),
    }
    # Mara, Tomas, Ines (twice in Connections.csv, one address), Kenji; Sam is the member.
    assert inventory.people == 4
    assert [f.path for f in inventory.third_party_files] == [
        "Connections.csv",
        "Invitations.csv",
        "messages.csv",
    ]
    assert [f.path for f in inventory.unclassified_files] == ["My Own Notes.csv"]
    assert len(inventory.own_data_files) == 3
    assert inventory.by_category()[DataCategory.IP_ADDRESSES] == ("Logins.csv",)


def test_people_are_told_apart_by_slug_then_email_then_name(tmp_path: Path) -> None:
    (tmp_path / "Connections.csv").write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        # Two people called Mara Quill: their slugs differ.
        "Mara,Quill,https://www.linkedin.com/in/mara-quill-1,,A,B,14 Mar 2024\n"
        "Mara,Quill,https://www.linkedin.com/in/mara-quill-2,,A,B,14 Mar 2024\n"
        # No slug: the email decides; then the name.
        "Jo,Lee,,jo.lee.sample@gmail.com,A,B,14 Mar 2024\n"
        "Jo,Lee,,jo.lee.other@gmail.com,A,B,14 Mar 2024\n"
        "Kai,Berg,,,A,B,14 Mar 2024\n"
        "Kai,Berg,,,A,B,14 Mar 2024\n",
        encoding="utf-8",
    )
    inventory = lx.load(tmp_path).inventory()
    (connections,) = inventory.files
    assert connections.people == 5


def test_text_json_and_html(export: lx.Export) -> None:
    inventory = export.inventory()
    text = str(inventory)
    assert text.startswith(
        "Privacy inventory of "
        f"{export.source}: 7 files, 3 with other people's personal data (4 distinct people), "
        "3 with your own data only."
    )
    assert "Connections.csv" in text
    assert " ".join(text.split()).endswith(WHY_IT_MATTERS)
    assert "not legal advice" in WHY_IT_MATTERS
    assert "GDPR" in WHY_IT_MATTERS
    data = json.loads(json.dumps(inventory.to_dict()))
    assert data["people"] == 4
    assert data["why_it_matters"] == WHY_IT_MATTERS
    assert data["by_category"]["unclassified"] == ["My Own Notes.csv"]
    first = next(f for f in data["files"] if f["path"] == "Connections.csv")
    assert first == {
        "path": "Connections.csv",
        "kind": "connections",
        "categories": ["third-party-identities", "third-party-contact-details"],
        "records": 5,
        "people": 3,
        "own_data_only": False,
    }
    page = inventory._repr_html_()
    assert page.startswith("<p><b>Privacy inventory</b>")
    assert "<td>Connections.csv</td><td>5</td><td>3</td><td>no</td>" in page


def test_the_sample(tmp_path: Path) -> None:
    inventory = lx.load(lx.sample_export_path()).inventory()
    connections = next(f for f in inventory.files if f.path == "Connections.csv")
    export = lx.load(lx.sample_export_path())
    visible = [c for c in export.connections if not c.is_hidden]
    assert connections.records == len(export.connections)
    assert 0 < connections.people <= len(visible)
    assert inventory.people >= connections.people
    assert not next(f for f in inventory.files if f.path == "Profile.csv").third_party


def test_inventory_is_the_same_after_redaction(tmp_path: Path) -> None:
    copy = tmp_path / "copy.zip"
    lx.redact(lx.sample_export_path(), copy, salt="s")
    before = lx.load(lx.sample_export_path()).inventory()
    after = lx.load(copy).inventory()
    assert after.people == before.people
    assert [(f.path, f.people, f.categories) for f in after.files] == [
        (f.path, f.people, f.categories) for f in before.files
    ]


def test_the_example_in_the_docs_is_the_samples() -> None:
    """docs/privacy.md shows the inventory of the sample: it cannot drift."""
    text = (Path(__file__).parent.parent / "docs" / "privacy.md").read_text("utf-8")
    after = text.split("The inventory of the bundled sample", 1)[1]
    block = after.split("```text\n", 1)[1].split("```", 1)[0]
    inventory = lx.load(lx.sample_export_path()).inventory()
    assert block == str(inventory) + "\n"


def test_inventory_and_redaction_report_pickle(export: lx.Export, tmp_path: Path) -> None:
    import pickle

    inventory = export.inventory()
    assert pickle.loads(pickle.dumps(inventory)) == inventory  # noqa: S301 - our own data
    report = lx.redact(tmp_path, tmp_path.with_name(tmp_path.name + "-copy"), salt="s")
    assert pickle.loads(pickle.dumps(report)) == report  # noqa: S301 - our own data
    assert report.files
    assert all(f.action == "redacted" for f in report.files)
