"""Your network beyond connections: Invitations, Imported Contacts, Recommendations, Endorsements,
Company, Member and Hashtag Follows (FORMATS.md §4.3, §4.14, §4.15, §4.26-§4.29, §4.51)."""

from __future__ import annotations

from linkedin_export._build_social import (
    build_endorsement,
    build_imported_contact,
    build_invitation,
    build_recommendation,
    comma_list,
    instant_or_day,
    member_urn,
)
from linkedin_export._builders import record_builder
from linkedin_export._formats._spec import Column, FileSpec, Kind
from linkedin_export._values import profile_url
from linkedin_export._values_time import instant, yes_no
from linkedin_export.models.social import CompanyFollow, HashtagFollow, MemberFollow, MemberHashtag

__all__ = ["SPECS"]

# --- Invitations.csv (§4.3) ----------------------------------------------------------------------

_INVITATIONS = (r"invitations",)
_INVITATION_BASE = (
    Column("from_name", "From"),
    Column("to_name", "To"),
    Column("sent_at", "Sent At", instant),
    Column("message", "Message"),
    Column("direction", "Direction"),
)
INVITATIONS_2018 = FileSpec(
    id="invitations/2018",
    kind=Kind.INVITATIONS,
    title="Invitations.csv, 5 columns",
    files=_INVITATIONS,
    columns=_INVITATION_BASE,
    build=build_invitation,
    first_seen="2018-11",
    last_seen="2023-02",
    notes='Sent At like "1/5/23, 4:12 PM" (quoted); Direction INCOMING or OUTGOING.',
    reference="§4.3 I1",
)
INVITATIONS_2023 = FileSpec(
    id="invitations/2023",
    kind=Kind.INVITATIONS,
    title="Invitations.csv with member URNs",
    files=_INVITATIONS,
    columns=(
        *_INVITATION_BASE,
        Column("inviter_urn", "inviterProfileUrn", member_urn),
        Column("invitee_urn", "inviteeProfileUrn", member_urn),
    ),
    build=build_invitation,
    first_seen="2023-07",
    last_seen="2023-07",
    confidence="L",
    notes="Seen in one Basic export only; values like urn:li:member:123456789.",
    reference="§4.3 I2",
)
INVITATIONS_2024 = FileSpec(
    id="invitations/2024",
    kind=Kind.INVITATIONS,
    title="Invitations.csv with profile URLs",
    files=_INVITATIONS,
    columns=(
        *_INVITATION_BASE,
        Column("inviter_profile", "inviterProfileUrl", profile_url),
        Column("invitee_profile", "inviteeProfileUrl", profile_url),
    ),
    build=build_invitation,
    first_seen="2024-03",
    notes="Profile URLs may hold emoji or percent-encoding.",
    reference="§4.3 I3",
)

# --- Contacts files (§4.51) ---------------------------------------------------------------------

IMPORTED_CONTACTS_2018 = FileSpec(
    id="imported_contacts/2018",
    kind=Kind.IMPORTED_CONTACTS,
    title="Imported Contacts.csv, 15 columns",
    files=(r"importedcontacts",),
    columns=(
        Column("first_name", "First Name"),
        Column("last_name", "Last Name"),
        Column("companies", "Companies"),
        Column("title", "Title"),
        Column("emails", "Email Address", comma_list),
        Column("phones", "Phone Numbers", comma_list),
        Column("created_at", "Created At", instant),
        Column("instant_message_handles", "Instant Message Handles"),
        Column("addresses", "Addresses"),
        Column("sites", "Sites"),
        Column("full_name", "Full Name"),
        Column("birthday", "Birthday"),
        Column("location", "Location"),
        Column("bookmarked_at", "Bookmarked At", instant_or_day),
        Column("profiles", "Profiles"),
    ),
    build=build_imported_contact,
    first_seen="2018",
    last_seen="2018",
    confidence="M",
    notes='Email Address and Phone Numbers hold ", "-joined lists.',
    reference="§4.51",
)
IMPORTED_CONTACTS_2023 = FileSpec(
    id="imported_contacts/2023",
    kind=Kind.IMPORTED_CONTACTS,
    title="Contacts.csv with Source",
    files=(r"contacts", r"importedcontacts"),
    columns=(
        Column("source", "Source"),
        Column("first_name", "FirstName"),
        Column("last_name", "LastName"),
        Column("companies", "Companies"),
        Column("title", "Title"),
        Column("emails", "Emails", comma_list),
        Column("phones", "PhoneNumbers", comma_list),
        Column("created_at", "CreatedAt", instant),
        Column("addresses", "Addresses"),
        Column("sites", "Sites"),
        Column("instant_message_handles", "InstantMessageHandles"),
        Column("full_name", "FullName"),
        Column("birthday", "Birthday"),
        Column("location", "Location"),
        Column("bookmarked_at", "BookmarkedAt", instant_or_day),
        Column("profiles", "Profiles"),
    ),
    build=build_imported_contact,
    first_seen="2023-07",
    last_seen="2024",
    notes="Source is GOOGLE_CONTACTS or MOBILE_CONTACTS; each + number keeps a leading space "
    '(" +44 7700 900123, +15550100").',
    reference="§4.51",
)
IMPORTED_CONTACTS_2025 = FileSpec(
    id="imported_contacts/2025",
    kind=Kind.IMPORTED_CONTACTS,
    title="ImportedContacts.csv with CountryCode and RegionCode",
    files=(r"importedcontacts", r"contacts"),
    columns=(
        Column("first_name", "FirstName"),
        Column("middle_name", "MiddleName"),
        Column("last_name", "LastName"),
        Column("maiden_name", "MaidenName"),
        Column("nickname", "NickName"),
        Column("name_prefix", "NamePrefix"),
        Column("name_suffix", "NameSuffix"),
        Column("title", "Title"),
        Column("emails", "Emails", comma_list),
        Column("phones", "PhoneNumbers", comma_list),
        Column("created_at", "CreatedAt", instant),
        Column("updated_at", "UpdatedAt", instant),
        Column("country_code", "CountryCode"),
        Column("region_code", "RegionCode"),
        Column("third_party_verified", "ThirdPartyVerified", yes_no),
        Column("location", "Location"),
    ),
    build=build_imported_contact,
    first_seen="2025",
    confidence="L",
    notes="Known from one public parser written against a real 2025 file; the row's "
    "CountryCode is the region of its phone numbers without +.",
    reference="§4.51",
)

# --- Recommendations (§4.14, §3.4) ----------------------------------------------------------------

#: The received and given files share one header: the name decides. A prefix is allowed
#: (``Copy of Recommendations_Given.csv``), the suffix is not (``…Given.csv`` is never received).
_RECEIVED = (r".*recommendationsreceived",)
_GIVEN = (r".*recommendationsgiven",)
_RECOMMENDATION_COLUMNS = (
    Column("first_name", "First Name"),
    Column("last_name", "Last Name"),
    Column("company", "Company"),
    Column("job_title", "Job Title"),
    Column("text", "Text"),
    Column("created_at", "Creation Date", instant),
    Column("status", "Status"),
)
RECOMMENDATIONS_RECEIVED_2015 = FileSpec(
    id="recommendations_received/2015",
    kind=Kind.RECOMMENDATIONS_RECEIVED,
    title="Recommendations Received.csv, TAB-delimited, pre-GDPR archive",
    files=_RECEIVED,
    columns=(
        Column("created_at", "Recommendation Date", instant_or_day),
        Column("text", "Recommendation Body"),
        Column("first_name", "Recommender First Name"),
        Column("last_name", "Recommender Last Name"),
        Column("company", "Recommender Company"),
        Column("job_title", "Recommender Title"),
        Column("status", "Display Status"),
    ),
    build=build_recommendation,
    first_seen="2015",
    last_seen="2017-07",
    confidence="L",
    notes="Header names inferred from a positional parser; the date format is not known, so any "
    "instant or day is read. Display Status is Shown for visible ones.",
    reference="§3.4",
)
RECOMMENDATIONS_RECEIVED_2017 = FileSpec(
    id="recommendations_received/2017",
    kind=Kind.RECOMMENDATIONS_RECEIVED,
    title="Recommendations Received.csv, comma-delimited, pre-GDPR archive",
    files=_RECEIVED,
    columns=(
        Column("first_name", "First Name"),
        Column("last_name", "Last Name"),
        Column("created_at", "Date", instant_or_day),
        Column("text", "Body"),
        Column("company", "Company"),
        Column("job_title", "Title"),
        Column("status", "Status"),
    ),
    build=build_recommendation,
    first_seen="2017-07",
    last_seen="2018-02",
    confidence="L",
    notes="Header names inferred from a positional parser; Status is VISIBLE for visible ones.",
    reference="§3.4",
)
RECOMMENDATIONS_RECEIVED_2018 = FileSpec(
    id="recommendations_received/2018",
    kind=Kind.RECOMMENDATIONS_RECEIVED,
    title="Recommendations_Received.csv (2018: Recommendations Received.csv)",
    files=_RECEIVED,
    columns=_RECOMMENDATION_COLUMNS,
    build=build_recommendation,
    first_seen="2018-02",
    notes="Same header as Recommendations_Given.csv; told apart by the file name. Creation Date "
    'like "07/14/21, 3:05 PM"; Text is quoted and may hold line breaks.',
    reference="§4.14",
)
RECOMMENDATIONS_GIVEN_2018 = FileSpec(
    id="recommendations_given/2018",
    kind=Kind.RECOMMENDATIONS_GIVEN,
    title="Recommendations_Given.csv (2018: Recommendations Given.csv)",
    files=_GIVEN,
    columns=_RECOMMENDATION_COLUMNS,
    build=build_recommendation,
    first_seen="2018-02",
    notes="Same header as Recommendations_Received.csv; told apart by the file name. Every value "
    "may be empty.",
    reference="§4.14",
)

# --- Endorsements (§4.15) -------------------------------------------------------------------------

_ENDORSED_AT = Column("endorsed_at", "Endorsement Date", instant)
_SKILL = Column("skill", "Skill Name")
_ENDORSEMENT_STATUS = Column("status", "Endorsement Status")
_ENDORSER = (
    Column("first_name", "Endorser First Name"),
    Column("last_name", "Endorser Last Name"),
)
ENDORSEMENTS_RECEIVED_2021 = FileSpec(
    id="endorsements_received/2021",
    kind=Kind.ENDORSEMENTS_RECEIVED,
    title="Endorsement_Received_Info.csv without Endorser Public Url",
    files=(r"endorsementreceivedinfo",),
    columns=(_ENDORSED_AT, _SKILL, *_ENDORSER, _ENDORSEMENT_STATUS),
    build=build_endorsement,
    first_seen="2021",
    last_seen="2023",
    confidence="L",
    notes="Dates like 2022/05/10 09:12:44 UTC.",
    reference="§4.15",
)
ENDORSEMENTS_RECEIVED_2023 = FileSpec(
    id="endorsements_received/2023",
    kind=Kind.ENDORSEMENTS_RECEIVED,
    title="Endorsement_Received_Info.csv with Endorser Public Url",
    files=(r"endorsementreceivedinfo",),
    columns=(
        _ENDORSED_AT,
        _SKILL,
        *_ENDORSER,
        Column("profile", "Endorser Public Url", profile_url),
        _ENDORSEMENT_STATUS,
    ),
    build=build_endorsement,
    first_seen="2023-07",
    notes="The URL has no scheme (www.linkedin.com/in/<slug>); Status is ACCEPTED.",
    reference="§4.15",
)
ENDORSEMENTS_GIVEN_2023 = FileSpec(
    id="endorsements_given/2023",
    kind=Kind.ENDORSEMENTS_GIVEN,
    title="Endorsement_Given_Info.csv",
    files=(r"endorsementgiveninfo",),
    columns=(
        _ENDORSED_AT,
        _SKILL,
        Column("first_name", "Endorsee First Name"),
        Column("last_name", "Endorsee Last Name"),
        Column("profile", "Endorsee Public Url", profile_url),
        _ENDORSEMENT_STATUS,
    ),
    build=build_endorsement,
    first_seen="2023",
    notes="The URL has no scheme (www.linkedin.com/in/<slug>); Status is ACCEPTED.",
    reference="§4.15",
)

# --- Follows (§4.26-§4.29) ------------------------------------------------------------------------

COMPANY_FOLLOWS_2023 = FileSpec(
    id="company_follows/2023",
    kind=Kind.COMPANY_FOLLOWS,
    title="Company Follows.csv",
    files=(r"companyfollows",),
    columns=(
        Column("organization", "Organization"),
        Column("followed_at", "Followed On", instant),
    ),
    build=record_builder(CompanyFollow),
    first_seen="2023-07",
    notes="Followed On in Java Date.toString form (Tue Mar 07 10:22:33 UTC 2023); often no final "
    "newline.",
    reference="§4.26",
)
MEMBER_FOLLOWS_2024 = FileSpec(
    id="member_follows/2024",
    kind=Kind.MEMBER_FOLLOWS,
    title="Member_Follows.csv (2026: Member_Follows_<n>.csv)",
    files=(r"memberfollows",),
    columns=(
        Column("followed_at", "Date", instant),
        Column("status", "Status"),
        Column("full_name", "FullName"),
    ),
    build=record_builder(MemberFollow),
    first_seen="2024-03",
    notes="CRLF line ends; dates like 2024-03-17 18:03:34 (UTC, no zone written).",
    reference="§4.27",
)
HASHTAG_FOLLOWS_2024 = FileSpec(
    id="hashtag_follows/2024",
    kind=Kind.HASHTAG_FOLLOWS,
    title="Hashtag_Follows.csv",
    files=(r"hashtagfollows",),
    columns=(
        Column("hashtag", "HashTag"),
        Column("created_at", "CreatedTime", instant),
        Column("modified_at", "LastModifiedTime", instant),
        Column("state", "State"),
    ),
    build=record_builder(HashtagFollow),
    first_seen="2024-03",
    confidence="M",
    notes="CRLF line ends; dates like 2024-03-17 18:03:34 (UTC, no zone written); State is Follow.",
    reference="§4.28",
)
MEMBER_HASHTAGS_2024 = FileSpec(
    id="member_hashtags/2024",
    kind=Kind.MEMBER_HASHTAGS,
    title="Member Hashtags.csv",
    files=(r"memberhashtags",),
    columns=(Column("hashtag", "Member Posts About Hashtags"),),
    build=record_builder(MemberHashtag),
    first_seen="2024-11",
    confidence="L",
    notes="One column; seen in one export only. Each cell is kept as written.",
    reference="§4.29",
)

SPECS: tuple[FileSpec, ...] = (
    INVITATIONS_2018,
    INVITATIONS_2023,
    INVITATIONS_2024,
    IMPORTED_CONTACTS_2018,
    IMPORTED_CONTACTS_2023,
    IMPORTED_CONTACTS_2025,
    RECOMMENDATIONS_RECEIVED_2015,
    RECOMMENDATIONS_RECEIVED_2017,
    RECOMMENDATIONS_RECEIVED_2018,
    RECOMMENDATIONS_GIVEN_2018,
    ENDORSEMENTS_RECEIVED_2021,
    ENDORSEMENTS_RECEIVED_2023,
    ENDORSEMENTS_GIVEN_2023,
    COMPANY_FOLLOWS_2023,
    MEMBER_FOLLOWS_2024,
    HASHTAG_FOLLOWS_2024,
    MEMBER_HASHTAGS_2024,
)
