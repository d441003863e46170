"""One synthetic full archive per era (2015, 2018, 2021, 2024, 2026), built in memory.

Each archive is assembled from the golden fixture inputs (``tests/fixtures/<case>/input.*``,
synthetic data only) and stored under the file names LinkedIn used in that era, as catalogued in
FORMATS.md (the format catalog). Loading it must match every member to a spec, with no
``unknown-file`` warning. The fixture of a kind is the one of the spec whose seen range covers the
era; when none covers it but versions exist before and after (a gap in what is known), the closest
earlier version is taken. Kinds whose last version ended before the era, or whose first began
after it, are left out. ``test_table_follows_the_seen_ranges`` checks the table against these
rules, so a new spec or a moved seen range shows up here.

HTML articles (``Articles/…``) are left out on purpose: only tables are assembled.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

import pytest

import linkedin_export as lx
from linkedin_export import _load
from linkedin_export.models.archive import ArchiveKind

FIXTURES = Path(__file__).parent / "fixtures"


class Member(NamedTuple):
    """One file of an era's archive: its name in the zip, the spec it must match, and the
    fixture case whose input it holds (the spec's own case unless another one is named)."""

    name: str
    spec: str
    case: str = ""


class Era(NamedTuple):
    """One era's archive: the month it stands for, the zip's name, an optional top folder."""

    month: str  # YYYY-MM, compared with the specs' first_seen / last_seen
    zip_name: str
    folder: str
    members: tuple[Member, ...]


# fmt: off
ERAS: dict[int, Era] = {
    2015: Era("2015-07", "Initial_LinkedInDataExport_07-15-2015.zip", "", (
        Member("Inbox.csv", "messages/2017-inbox"),  # §3.4 Inbox.csv; §4.2 M0
        Member("Profile.csv", "profile/2015"),  # §3.4 Profile.csv, 12 columns; §4.4 P1
        Member("Positions.csv", "positions/2015"),  # §3.4 Positions.csv (2015-16), MM/YYYY
        Member("Education.csv", "education/2015"),  # §3.4 Education.csv; §4.7
        Member("Skills.csv", "skills/2015"),  # §3.4 Skills.csv; §4.8
        Member("Languages.csv", "languages/2015"),  # §3.4 Languages.csv, enum proficiencies
        Member("Recommendations Received.csv", "recommendations_received/2015"),  # §3.4 TAB; §2
        Member("Email Addresses.csv", "email_addresses/2015"),  # §3.4 TAB-delimited; §2
    )),
    2018: Era("2018-11", "Complete_LinkedInDataExport_11-20-2018.zip", "", (
        Member("Connections.csv", "connections/2018"),  # §4.1 C1, Nov 2018
        Member("Messages.csv", "messages/2018"),  # §1 R2018 names with spaces; §4.2 M1
        Member("Profile.csv", "profile/2018-08"),  # §4.4 P3
        Member("Positions.csv", "positions/2017"),  # §4.6
        Member("Education.csv", "education/2015"),  # §4.7
        Member("Skills.csv", "skills/2015"),  # §4.8
        Member("Languages.csv", "languages/2018"),  # §4.9
        Member("Projects.csv", "projects/2018"),  # §4.17 Nov 2018
        Member("Publications.csv", "publications/2018"),  # §4.18
        Member("Honors.csv", "honors/2018"),  # §4.19 Nov 2018
        Member("Patents.csv", "patents/unknown"),  # §4.23 (header never seen)
        Member("Causes You Care About.csv", "causes/2018"),  # §4.24 (R2018)
        Member("Invitations.csv", "invitations/2018"),  # §4.3 I1
        Member("Imported Contacts.csv", "imported_contacts/2018"),  # §1 R2018; §4.51
        Member("Recommendations Received.csv", "recommendations_received/2018"),  # §4.14 spaces
        Member("Recommendations Given.csv", "recommendations_given/2018"),  # §4.14 (2018: spaces)
        Member("Shares.csv", "shares/2018"),  # §4.30 UTF-16 TSV; §2
        Member("Videos.csv", "videos/2018"),  # §4.37
        Member("Search Queries.csv", "search_queries/2018"),  # §1 R2018; §4.40 UTF-16 TSV
        Member("Email Addresses.csv", "email_addresses/2018"),  # §4.10 Nov 2018
        Member("Phone Numbers.csv", "phone_numbers/2018"),  # §1 R2018; §4.11
        Member("Registration.csv", "registration/2018"),  # §4.13 Nov 2018
        Member("Jobs/Saved Jobs.csv", "saved_jobs/2018"),  # §4.49; §2 zip layout (R2018 Jobs/)
        Member("Jobs/Job Seeker Preferences.csv", "job_seeker_preferences/2018"),  # §4.49 2018
        Member("SavedJobAlerts.csv", "saved_job_alerts/2018"),  # §4.49 2018 → Mar 2024
        Member("Logins.csv", "logins/2018"),  # §4.41 UTF-16 TSV
        Member("Security Challenges.csv", "security_challenges/2018"),  # §4.42 UTF-16 TSV
        Member("Account Status History.csv", "account_status_history/2018"),  # §4.43
        Member("Ad Targeting.csv", "ad_targeting/2018"),  # §1 R2018; §4.44 UTF-16 TSV
    )),
    # Inside one top folder, as syftdata reports ("exports nest a dated folder", §2 zip layout).
    2021: Era("2021-08", "Complete_LinkedInDataExport_08-20-2021.zip",
              "Complete_LinkedInDataExport_08-20-2021/", (
        Member("Connections.csv", "connections/2021"),  # §4.1 C3, Notes: preamble
        Member("messages.csv", "messages/2021"),  # §4.2 M3 (lower case since ~2019, §1)
        Member("Profile.csv", "profile/2020"),  # §4.4 P4
        Member("Positions.csv", "positions/2017"),  # §4.6
        Member("Education.csv", "education/2015"),  # §4.7
        Member("Skills.csv", "skills/2015"),  # §4.8
        Member("Languages.csv", "languages/2018"),  # §4.9
        Member("Projects.csv", "projects/2018"),  # §4.17 (gap 2018-11 → 2023: closest earlier)
        Member("Publications.csv", "publications/2018"),  # §4.18
        Member("Honors.csv", "honors/2018"),  # §4.19 (gap 2018-11 → 2024-12: closest earlier)
        Member("Patents.csv", "patents/unknown"),  # §4.23
        Member("Causes You Care About.csv", "causes/2018"),  # §4.24
        Member("Invitations.csv", "invitations/2018"),  # §4.3 I1 (R2021)
        Member("Imported Contacts.csv", "imported_contacts/2018"),  # §4.51 (gap: closest earlier)
        Member("Recommendations_Received.csv", "recommendations_received/2018"),  # §4.14
        Member("Recommendations_Given.csv", "recommendations_given/2018"),  # §4.14
        Member("Endorsement_Received_Info.csv", "endorsements_received/2021"),  # §4.15 no URL
        Member("Shares.csv", "shares/2018"),  # §4.30 (gap 2018-11 → 2024-03: closest earlier)
        Member("Reactions.csv", "reactions/2021"),  # §4.32 (R2021)
        Member("SearchQueries.csv", "search_queries/2018", "search_queries/2024"),  # §4.40 UTF-8
        Member("Email Addresses.csv", "email_addresses/2018"),  # §4.10
        Member("PhoneNumbers.csv", "phone_numbers/2018"),  # §4.11
        Member("Registration.csv", "registration/2018"),  # §4.13 (gap: closest earlier)
        Member("Jobs/Saved Jobs.csv", "saved_jobs/2018"),  # §4.49
        Member("Jobs/Job Seeker Preferences.csv", "job_seeker_preferences/2018"),  # §4.49 (gap)
        Member("SavedJobAlerts.csv", "saved_job_alerts/2018"),  # §4.49
        Member("Logins.csv", "logins/2018"),  # §4.41 (gap 2018-11 → 2024: closest earlier)
        Member("Security Challenges.csv", "security_challenges/2018"),  # §4.42 (gap)
        Member("Ad_Targeting.csv", "ad_targeting/2018"),  # §4.44 (gap 2018-11 → 2023-07)
    )),
    2024: Era("2024-12", "Complete_LinkedInDataExport_12-20-2024.zip", "", (
        Member("Connections.csv", "connections/2023"),  # §4.1 C4, preamble and URL
        Member("messages.csv", "messages/2024-drafts"),  # §4.2 M5 (R2024b)
        Member("guide_messages.csv", "messages/2023", "messages/2023-guide"),  # §4.2 M4 header
        Member("coach_messages.csv", "messages/2023", "messages/2023-coach"),  # §4.2 M4 header
        Member("Profile.csv", "profile/2020"),  # §4.4 P4
        Member("Profile Summary.csv", "profile_summary/2024"),  # §4.5
        Member("Positions.csv", "positions/2017"),  # §4.6
        Member("Education.csv", "education/2015"),  # §4.7
        Member("Skills.csv", "skills/2015"),  # §4.8
        Member("Languages.csv", "languages/2018"),  # §4.9
        Member("Certifications.csv", "certifications/2023"),  # §4.16
        Member("Projects.csv", "projects/2023"),  # §4.17 2023 → 2026
        Member("Publications.csv", "publications/2018"),  # §4.18
        Member("Honors.csv", "honors/2024"),  # §4.19 Dec 2024
        Member("Courses.csv", "courses/2023"),  # §4.20
        Member("Organizations.csv", "organizations/2024"),  # §4.21
        Member("Volunteering.csv", "volunteering/2024"),  # §4.22
        Member("TestScores.csv", "test_scores/2024"),  # §4.23
        Member("Patents.csv", "patents/unknown"),  # §4.23
        Member("Causes You Care About.csv", "causes/2018"),  # §4.24 (R2024b)
        Member("Invitations.csv", "invitations/2024"),  # §4.3 I3
        Member("Contacts.csv", "imported_contacts/2023"),  # §4.51 2023-2024
        Member("Recommendations_Received.csv", "recommendations_received/2018"),  # §4.14
        Member("Recommendations_Given.csv", "recommendations_given/2018"),  # §4.14 (R2024b)
        Member("Endorsement_Received_Info.csv", "endorsements_received/2023"),  # §4.15
        Member("Endorsement_Given_Info.csv", "endorsements_given/2023"),  # §4.15
        Member("Company Follows.csv", "company_follows/2023"),  # §4.26
        Member("Member_Follows.csv", "member_follows/2024"),  # §4.27
        Member("Hashtag_Follows.csv", "hashtag_follows/2024"),  # §4.28
        Member("Member Hashtags.csv", "member_hashtags/2024"),  # §4.29 (R2024b)
        Member("Shares.csv", "shares/2024"),  # §4.30 Mar 2024, UTF-8 CRLF
        Member("Comments.csv", "comments/2024"),  # §4.31
        Member("Reactions.csv", "reactions/2021"),  # §4.32
        Member("Votes.csv", "votes/2024"),  # §4.33
        Member("Saved_Items.csv", "saved_items/2024"),  # §4.35
        Member("Rich_Media.csv", "rich_media/2024-12"),  # §4.36 Dec 2024 → 2026
        Member("Events.csv", "events/2023"),  # §4.48
        Member("Learning.csv", "learning/2023"),  # §4.39
        Member("SearchQueries.csv", "search_queries/2018", "search_queries/2024"),  # §4.40 2024+
        Member("Email Addresses.csv", "email_addresses/2018"),  # §4.10
        Member("PhoneNumbers.csv", "phone_numbers/2018"),  # §4.11
        Member("Whatsapp Phone Numbers.csv", "whatsapp_numbers/2024"),  # §4.12
        Member("Registration.csv", "registration/2023"),  # §4.13 2023 → 2026
        Member("Jobs/Saved Jobs.csv", "saved_jobs/2018"),  # §4.49
        Member("Jobs/Job Applications.csv", "job_applications/2024"),  # §4.49
        Member("Jobs/Job Seeker Preferences.csv", "job_seeker_preferences/2023"),  # §4.49 19 col.
        Member("Job Applicant Saved Answers.csv", "job_saved_answers/2024"),  # §4.49
        Member("SavedJobAlerts.csv", "saved_job_alerts/2018"),  # §4.49 (gap: closest earlier)
        Member("Online Job Postings.csv", "online_job_postings/2024"),  # §4.49 (R2024b)
        Member("Logins.csv", "logins/2024"),  # §4.41 2024-2025
        Member("Security Challenges.csv", "security_challenges/2024"),  # §4.42
        Member("Ad_Targeting.csv", "ad_targeting/2023"),  # §4.44 Jul 2023 → Mar 2025
        Member("Receipts.csv", "receipts/2024"),  # §4.50 (R2024b)
        Member("Receipts_v2.csv", "receipts/v2"),  # §4.50
        Member("Calendar.csv", "calendar/2024"),  # §4.52
        Member("Verifications/Verifications.csv", "verifications/2024"),  # §4.53
        Member("Services Marketplace/Providers.csv", "services_marketplace/unknown"),  # §4.55
    )),
    2026: Era("2026-03", "Complete_LinkedInDataExport_03-20-2026.zip", "", (
        Member("Connections.csv", "connections/2023"),  # §4.1 C4
        Member("messages.csv", "messages/2026"),  # §4.2 M7, every field quoted
        Member("Profile.csv", "profile/2020"),  # §4.4 P4
        Member("Profile Summary.csv", "profile_summary/2024"),  # §4.5
        Member("Positions.csv", "positions/2017"),  # §4.6
        Member("Education.csv", "education/2015"),  # §4.7
        Member("Skills.csv", "skills/2015"),  # §4.8
        Member("Languages.csv", "languages/2018"),  # §4.9
        Member("Certifications.csv", "certifications/2023"),  # §4.16
        Member("Projects.csv", "projects/2023"),  # §4.17
        Member("Publications.csv", "publications/2018"),  # §4.18
        Member("Honors.csv", "honors/2024"),  # §4.19
        Member("Courses.csv", "courses/2023"),  # §4.20
        Member("Organizations.csv", "organizations/2024"),  # §4.21
        Member("Volunteering.csv", "volunteering/2024"),  # §4.22
        Member("TestScores.csv", "test_scores/2024"),  # §4.23
        Member("Patents.csv", "patents/unknown"),  # §4.23
        Member("Causes You Care About.csv", "causes/2018"),  # §4.24
        Member("Invitations.csv", "invitations/2024"),  # §4.3 I3
        Member("ImportedContacts.csv", "imported_contacts/2025"),  # §4.51 2025-2026
        Member("Recommendations_Received.csv", "recommendations_received/2018"),  # §4.14
        Member("Recommendations_Given.csv", "recommendations_given/2018"),  # §4.14
        Member("Endorsement_Received_Info.csv", "endorsements_received/2023"),  # §4.15
        Member("Endorsement_Given_Info.csv", "endorsements_given/2023"),  # §4.15
        Member("Company Follows.csv", "company_follows/2023"),  # §4.26
        Member("Member_Follows_7789716.csv", "member_follows/2024"),  # §4.27; §2 suffixes
        Member("Hashtag_Follows_7789716.csv", "hashtag_follows/2024"),  # §4.28; §2 suffixes
        Member("Member Hashtags.csv", "member_hashtags/2024"),  # §4.29
        Member("Shares_7789716.csv", "shares/2024", "shares/2026"),  # §4.30 2026, SharedUrl
        Member("Comments_7789716.csv", "comments/2024"),  # §4.31; §2 suffixes
        Member("Reactions_7789716.csv", "reactions/2021"),  # §4.32; §2 suffixes
        Member("Votes_7789716.csv", "votes/2024"),  # §4.33; §2 suffixes
        Member("InstantReposts_7789716.csv", "instant_reposts/2026"),  # §4.34
        Member("Saved_Items_7789716.csv", "saved_items/2024", "saved_items/2025"),  # §4.35
        Member("Rich_Media.csv", "rich_media/2024-12"),  # §4.36
        Member("Events.csv", "events/2023"),  # §4.48
        Member("Learning.csv", "learning/2023"),  # §4.39
        Member("SearchQueries.csv", "search_queries/2018", "search_queries/2024"),  # §4.40
        Member("Email Addresses.csv", "email_addresses/2018"),  # §4.10
        Member("PhoneNumbers.csv", "phone_numbers/2018"),  # §4.11
        Member("Whatsapp Phone Numbers.csv", "whatsapp_numbers/2024"),  # §4.12
        Member("Registration.csv", "registration/2023"),  # §4.13
        Member("Jobs/Saved Jobs_1.csv", "saved_jobs/2018"),  # §4.49; §2 numbered splits
        Member("Jobs/Job Applications.csv", "job_applications/2024"),  # §4.49
        Member("Jobs/Job Seeker Preferences.csv", "job_seeker_preferences/2023",
               "job_seeker_preferences/2026"),  # §4.49 2026 (longer tail)
        Member("Job Applicant Saved Screening Question Responses_1.csv",
               "job_saved_answers/2024"),  # §4.49; §2 numbered splits
        Member("SavedJobAlerts.csv", "saved_job_alerts/2025"),  # §4.49 Mar 2025 → 2026
        Member("Online Job Postings.csv", "online_job_postings/2024"),  # §4.49
        Member("Logins.csv", "logins/2024"),  # §4.41
        Member("Security Challenges.csv", "security_challenges/2024"),  # §4.42
        Member("Ad_Targeting.csv", "ad_targeting/2025"),  # §4.44 ~2025-2026, 35 columns
        Member("Inferences_about_you.csv", "inferences/2026"),  # §4.45 (R2026)
        Member("Ads Clicked.csv", "ads_clicked/2025"),  # §4.46
        Member("LAN Ads Engagement.csv", "lan_ads_engagement/2026"),  # §4.47 (R2026)
        Member("Receipts.csv", "receipts/2024"),  # §4.50
        Member("Receipts_v2.csv", "receipts/v2"),  # §4.50
        Member("Calendar.csv", "calendar/2024"),  # §4.52
        Member("Verifications/Verifications.csv", "verifications/2024"),  # §4.53
        Member("Private_identity_asset.csv", "private_identity_assets/2026"),  # §4.54 (R2026)
        Member("Services Marketplace/Providers.csv", "services_marketplace/unknown"),  # §4.55
        Member("Notes.csv", "notes/2026"),  # §4.56 (Mar 2026)
    )),
}

#: Kinds the seen ranges allow in an era but which the era's archive leaves out, and why.
OMITTED: dict[int, dict[str, str]] = {
    2015: {"connections": "only the legacy Export-connections files (§3.1-§3.3) cover 2015; they "
                          "were a separate download, not members of the archive"},
}
#: Left out of every era: the archive is built from tables only (``Articles/…`` is HTML, §4.38).
NOT_TABLES = frozenset({"articles"})
# fmt: on

FORMATS = {info.id: info for info in lx.supported_formats()}


def _start(seen: str) -> str:
    """The first month of a ``first_seen`` (``2018`` → ``2018-01``)."""
    return seen if len(seen) > 4 else f"{seen}-01"


def _end(seen: str | None) -> str:
    """The last month of a ``last_seen`` (``2018`` → ``2018-12``; ``None`` is still current)."""
    if seen is None:
        return "9999-12"
    return seen if len(seen) > 4 else f"{seen}-12"


def _covers(info: lx.FormatInfo, month: str) -> bool:
    return _start(info.first_seen) <= month <= _end(info.last_seen)


def _allowed(month: str) -> dict[str, set[str]]:
    """Per kind, the specs an archive of ``month`` may hold: those whose seen range covers it;
    failing that, when the kind has versions both before and after (a gap), the closest earlier."""
    by_kind: defaultdict[str, list[lx.FormatInfo]] = defaultdict(list)
    for info in FORMATS.values():
        by_kind[info.kind].append(info)
    allowed: dict[str, set[str]] = {}
    for kind, infos in by_kind.items():
        covering = {info.id for info in infos if _covers(info, month)}
        earlier = [info for info in infos if _end(info.last_seen) < month]
        later = [info for info in infos if _start(info.first_seen) > month]
        if covering:
            allowed[kind] = covering
        elif earlier and later:
            # The newest earlier version: the one that began last (a year-only last_seen such as
            # ``2018`` cannot tell early-2018 from Nov 2018 versions; first_seen can).
            allowed[kind] = _newest({info.id for info in earlier})
    return allowed


def _newest(ids: set[str]) -> set[str]:
    """Of ``ids``, those that began last (the version in force)."""
    latest = max(_start(FORMATS[i].first_seen) for i in ids)
    return {i for i in ids if _start(FORMATS[i].first_seen) == latest}


def _fixture(case: str) -> Path:
    (path,) = sorted((FIXTURES / case).glob("input.*"))
    return path


def _zip(era: Era) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in era.members:
            data = _fixture(member.case or member.spec).read_bytes()
            archive.writestr(era.folder + member.name, data)
    return buffer.getvalue()


def _date(zip_name: str) -> dt.date:
    match = re.search(r"_(\d{2})-(\d{2})-(\d{4})\.zip$", zip_name)
    assert match is not None, zip_name
    return dt.date(int(match[3]), int(match[1]), int(match[2]))


@pytest.mark.parametrize("year", sorted(ERAS))
def test_table_follows_the_seen_ranges(year: int) -> None:
    era = ERAS[year]
    assert era.month.startswith(str(year))
    assert _date(era.zip_name).strftime("%Y-%m") == era.month
    allowed = _allowed(era.month)
    names = [member.name for member in era.members]
    assert len(set(names)) == len(names), "a file name is used twice"
    chosen: defaultdict[str, set[str]] = defaultdict(set)
    for member in era.members:
        info = FORMATS.get(member.spec)
        assert info is not None, f"{member.name}: no spec {member.spec}"
        assert member.spec in allowed.get(info.kind, set()), (
            f"{member.name}: {member.spec} ({info.first_seen} to {info.last_seen}) is not a "
            f"version of {era.month}; allowed: {sorted(allowed.get(info.kind, set()))}"
        )
        chosen[info.kind].add(member.spec)
        case = member.case or member.spec
        assert case.split("/")[0] == info.kind, f"{member.name}: case {case} is another kind"
    omitted = OMITTED.get(year, {})
    for kind, ids in allowed.items():
        if kind in NOT_TABLES or kind in omitted:
            assert kind not in chosen, f"{kind} is both omitted and included"
            continue
        assert kind in chosen, f"{year}: no file of kind {kind} (allowed: {sorted(ids)})"
        newest = _newest(ids)
        assert newest <= chosen[kind] or chosen[kind] <= newest, (
            f"{year}: {kind} uses {sorted(chosen[kind])}, not the newest {sorted(newest)}"
        )


@pytest.mark.parametrize("year", sorted(ERAS))
def test_era_archive_loads_with_every_member_matched(year: int) -> None:
    era = ERAS[year]
    # A named in-memory file: raw bytes have no name, and the archive kind is read from the name.
    source = io.BytesIO(_zip(era))
    source.name = era.zip_name
    export = lx.load(source)

    wanted = {era.folder + member.name: member.spec for member in era.members}
    reports = {report.path: report for report in export.files}
    assert sorted(reports) == sorted(wanted), "the loaded members differ from the zip's"

    unmatched = sorted(path for path, report in reports.items() if report.format_id is None)
    assert not unmatched, f"{year}: members without a format_id: {unmatched}"
    unknown = [w for w in export.warnings if w.code is lx.WarningCode.UNKNOWN_FILE]
    assert not unknown, f"{year}: unknown-file warnings: {[w.file for w in unknown]}"
    wrong = {
        path: (report.format_id, wanted[path])
        for path, report in reports.items()
        if report.format_id != wanted[path]
    }
    assert not wrong, f"{year}: members matched to another spec (got, wanted): {wrong}"

    malformed: defaultdict[str | None, int] = defaultdict(int)
    for warning in export.warnings:
        if warning.code is lx.WarningCode.MALFORMED_ROW:
            malformed[warning.file] += 1
    for path, report in reports.items():
        assert report.rows == report.records + malformed[path], (
            f"{path}: {report.rows} rows, {report.records} records, {malformed[path]} malformed"
        )
        assert report.name == path.removeprefix(era.folder)

    assert export.archive is not None
    kind = ArchiveKind.PRE_GDPR if year == 2015 else ArchiveKind.COMPLETE
    assert export.archive.kind is kind
    assert export.archive.date == _date(era.zip_name)

    kinds = {FORMATS[member.spec].kind for member in era.members}
    empty = []
    for name in sorted(kinds):
        value: object = getattr(export, name)
        if value is None or (isinstance(value, tuple) and not value):
            empty.append(name)
    assert not empty, f"{year}: typed collections left empty: {empty}"


@pytest.mark.parametrize("year", sorted(ERAS))
def test_era_archive_with_its_messages_read_later_is_the_same(
    year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The path taken by large exports (messages files left for later, then streamed or read
    on first use) gives exactly what the eager path gives."""
    era = ERAS[year]
    data = _zip(era)
    eager = lx.load(data, name=era.zip_name)
    monkeypatch.setattr(_load, "DEFER_BYTES", -1)
    lazy = lx.load(data, name=era.zip_name)
    assert "messages not read yet" in repr(lazy)
    if eager.profile is not None:  # the owner is known without the messages
        assert list(lazy.iter_messages()) == list(eager.messages)
    assert [m.content for m in lazy.iter_messages()] == [m.content for m in eager.messages]
    assert lazy.messages == eager.messages
    assert lazy == eager
