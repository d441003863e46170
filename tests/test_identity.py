"""Identity keys (``lx.record_key``), duplicates within one export (``duplicate-record``,
``Export.deduplicated()``, ``lx.find_duplicates``). Invented people and domains only."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest

import linkedin_export as lx
from linkedin_export import _load

UTC = dt.UTC


def email(address: str) -> lx.EmailInfo:
    return lx.classify_email(address)


def test_connection_keys_slug_then_email_never_the_name() -> None:
    both = lx.Connection(
        first_name="Aurelio",
        public_id="Aurelio-Vance",
        email=email("Aurelio.Vance@gmail.com"),
    )
    assert lx.record_key(both) == "in:aurelio-vance"  # the slug, case-folded
    by_email = lx.Connection(first_name="Aurelio", email=email("Aurelio.Vance@gmail.com"))
    assert lx.record_key(by_email) == "email:aureliovance@gmail.com"  # Gmail ignores dots
    assert lx.record_key(lx.Connection(first_name="Aurelio", last_name="Vance")) is None
    assert lx.record_key(lx.Connection(connected_on=dt.date(2021, 6, 1), is_hidden=True)) is None
    # An address that is not valid identifies no one.
    assert lx.record_key(lx.Connection(email=email("aurelio@example.com"))) is None


def test_same_record_follows_the_slug_first() -> None:
    old = lx.Connection(full_name="A V", email=email("aurelio.vance@gmail.com"))
    new = lx.Connection(
        full_name="A V", public_id="aurelio-vance", email=email("aurelio.vance@gmail.com")
    )
    namesake = lx.Connection(
        full_name="A V", public_id="aurelio-vance-2", email=email("aurelio.vance@gmail.com")
    )
    assert lx.same_record(old, new)  # one has no slug: the email address decides
    assert not lx.same_record(new, namesake)  # two slugs: the slugs decide
    nameless = lx.Connection(full_name="A V")
    assert not lx.same_record(nameless, lx.Connection(full_name="A V"))  # never the name
    assert not lx.same_record(old, lx.Skill(name="A V"))


def test_legacy_connections_compare_every_address() -> None:
    outlook = lx.Connection(
        email=email("aurelio@harrowgate-systems.io"),
        other_emails=(email("aurelio.vance@gmail.com"),),
    )
    later = lx.Connection(public_id="aurelio-vance", email=email("aurelio.vance@gmail.com"))
    assert lx.record_key(outlook) == "email:aurelio@harrowgate-systems.io"
    assert lx.same_record(outlook, later)


def test_imported_contacts_email_then_phone() -> None:
    phone = lx.normalize_phone("+44 20 7946 0123")
    a = lx.ImportedContact(first_name="Birte", emails=(email("birte@nordvik-maritime.no"),))
    b = lx.ImportedContact(first_name="Birte", phones=(phone,))
    c = lx.ImportedContact(emails=(email("birte@nordvik-maritime.no"),), phones=(phone,))
    assert lx.record_key(a) == "email:birte@nordvik-maritime.no"
    assert lx.record_key(b) == "tel:+442079460123"
    assert lx.same_record(a, c)
    assert lx.same_record(b, c)  # c's address is unknown to b: the phone number decides
    assert not lx.same_record(a, b)  # nothing known on both sides
    assert lx.record_key(lx.ImportedContact(first_name="Birte")) is None


def test_message_key_ignores_markup() -> None:
    sent = dt.datetime(2021, 3, 2, 9, 40, 12, tzinfo=UTC)
    plain = lx.Message(
        conversation_id="2-abc",
        sender_name="Ilse  Marrow",
        sent_at=sent,
        content="Thanks, I will bring the numbers & the plan.",
    )
    html = lx.Message(
        conversation_id="2-abc",
        sender_name="ilse marrow",
        sent_at=sent,
        content="<p>Thanks, I will bring the numbers &amp; the plan.</p>",
    )
    key = lx.record_key(plain)
    assert key == lx.record_key(html)
    assert key is not None
    assert key.startswith("message:2-abc|2021-03-02T09:40:12+00:00|ilse marrow|")
    later = lx.Message(
        conversation_id="2-abc", sender_name="Ilse Marrow", sent_at=sent, content="Other text"
    )
    assert lx.record_key(later) != key


def test_composite_and_data_keys_are_stable_strings() -> None:
    position = lx.Position(
        company="Quillfeather  Labs",
        title="Staff Data Engineer",
        started_on=lx.PartialDate(year=2023, month=7),
        description="first version",
    )
    edited = lx.Position(
        company="quillfeather labs",
        title="Staff Data Engineer",
        started_on=lx.PartialDate(year=2023, month=7),
        description="edited",
    )
    assert lx.record_key(position) == "position:quillfeather labs|staff data engineer|2023-07"
    assert lx.same_record(position, edited)
    assert lx.record_key(lx.Skill(name="Python")) == "skill:python"
    assert lx.record_key(lx.Profile(first_name="Ilse")) == "profile"
    reaction = lx.Reaction(
        reacted_at=dt.datetime(2024, 5, 6, 10, 0, tzinfo=UTC),
        reaction="LIKE",
        url="https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000001",
    )
    # A digest of every field: the same string in every process and every run.
    assert lx.record_key(reaction) == "data:274e34e30af30e253a9f"
    provenance = lx.Provenance("Reactions.csv", 7)
    moved = lx.Reaction(
        reacted_at=reaction.reacted_at,
        reaction="LIKE",
        url=reaction.url,
        provenance=provenance,
        format_id="reactions/2021",
    )
    assert lx.record_key(moved) == lx.record_key(reaction)  # provenance and format_id aside
    assert lx.record_key(lx.Position()) == lx.record_key(lx.Position())  # all empty: the data
    assert (lx.record_key(lx.Position()) or "").startswith("data:")


def test_every_model_has_a_key_or_says_why_not() -> None:
    from linkedin_export import identity

    for name in lx.__all__:
        model = getattr(lx, name)
        if isinstance(model, type) and issubclass(model, lx.Record) and model is not lx.Record:
            record: lx.Record = (
                lx.GenericRecord(values=lx.FrozenDict({"a": "1"}))
                if model is lx.GenericRecord
                else model()
            )
            key = lx.record_key(record)
            if model in {lx.Connection, lx.ImportedContact}:
                assert key is None, name  # no slug, address or number: no key
            else:
                assert key, name
    assert "Connection" in (identity.__doc__ or "")


CONNECTIONS = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Aurelio,Vance,https://www.linkedin.com/in/aurelio-vance,,Quillfeather Labs,Engineer,"
    "12 Mar 2019\n"
    "Birte,Solberg,https://www.linkedin.com/in/birte-solberg,,,,05 Jun 2020\n"
    "Aurelio,Vance,https://www.linkedin.com/in/Aurelio-Vance/,,Quillfeather Labs,Engineer,"
    "12 Mar 2019\n"
    ",,,,,,01 Jun 2021\n"
    ",,,,,,01 Jun 2021\n"
)
SKILLS = "Name\nPython\nSQL\npython\n"
MESSAGES = (
    "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
    "2-abc,,Ilse Marrow,,Aurelio Vance,2021-03-02 09:40:12 UTC,,Hello,INBOX\n"
    "2-abc,,Aurelio Vance,,Ilse Marrow,2021-03-02 09:50:00 UTC,,Hi,INBOX\n"
    "2-abc,,Ilse Marrow,,Aurelio Vance,2021-03-02 09:40:12 UTC,,Hello,INBOX\n"
)


def _archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Connections.csv", CONNECTIONS)
        archive.writestr("Skills.csv", SKILLS)
        archive.writestr("messages.csv", MESSAGES)
    return buffer.getvalue()


def test_duplicates_in_one_export_are_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    export = lx.load(_archive(), name="Complete_LinkedInDataExport_01-02-2025.zip")
    duplicates = [w for w in export.warnings if w.code is lx.WarningCode.DUPLICATE_RECORD]
    assert [(w.file, w.line, w.value, w.severity) for w in duplicates] == [
        ("Connections.csv", 4, "in:aurelio-vance", lx.Severity.INFO),
        ("Skills.csv", 4, "skill:python", lx.Severity.INFO),
        ("messages.csv", 4, duplicates[2].value, lx.Severity.INFO),
    ]
    assert (duplicates[2].value or "").startswith("message:2-abc|2021-03-02T09:40:12+00:00|")
    assert duplicates[0].message == (
        "the same connections record as line 2 (key in:aurelio-vance); both are kept, "
        "export.deduplicated() keeps the first"
    )
    # The duplicates come after the files' own warnings; the files count them.
    assert export.warnings[-3:] == tuple(duplicates)
    reports = {f.name: f for f in export.files}
    for name in ("Connections.csv", "Skills.csv", "messages.csv"):
        assert reports[name].warnings == sum(1 for w in export.warnings if w.file == name)
    # Two hidden members are never duplicates of each other: they have no key.
    assert len(export.connections) == 5
    # The same warnings when the messages are read later.
    monkeypatch.setattr(_load, "DEFER_BYTES", -1)
    lazy = lx.load(_archive(), name="Complete_LinkedInDataExport_01-02-2025.zip")
    assert lazy.warnings == export.warnings


def test_deduplicated_keeps_the_first_of_each_group() -> None:
    export = lx.load(_archive(), name="Complete_LinkedInDataExport_01-02-2025.zip")
    clean = export.deduplicated()
    assert [c.full_name for c in clean.connections] == [
        "Aurelio Vance",
        "Birte Solberg",
        None,
        None,
    ]
    assert clean.connections[0] is export.connections[0]
    assert [s.name for s in clean.skills] == ["Python", "SQL"]
    assert [m.content for m in clean.messages] == ["Hello", "Hi"]
    assert [c.message_count for c in clean.conversations] == [2]
    assert clean.records("Skills.csv") == clean.skills
    assert clean.files == export.files
    assert clean.warnings == export.warnings
    assert clean.deduplicated() is clean  # nothing left to drop
    assert lx.find_duplicates(clean.connections) == ()


def test_find_duplicates_groups_in_order() -> None:
    export = lx.load(_archive(), name="Complete_LinkedInDataExport_01-02-2025.zip")
    groups = lx.find_duplicates(export.connections)
    assert [[c.provenance.line if c.provenance else 0 for c in group] for group in groups] == [
        [2, 4]
    ]
    records = [lx.Skill(name="SQL"), lx.Skill(name="Python"), lx.Skill(name="sql")]
    assert lx.find_duplicates(iter(records)) == ((records[0], records[2]),)


def test_parse_file_reports_duplicates_too() -> None:
    parsed = lx.parse_file(SKILLS.encode(), name="Skills.csv")
    assert [(w.code, w.line) for w in parsed.warnings] == [(lx.WarningCode.DUPLICATE_RECORD, 4)]
    assert parsed.file.warnings == 1
