"""LinkedIn files known by name (FORMATS.md) that have no typed model yet.

Their rows are kept as generic records without an ``unknown-file`` warning: they are not unknown,
only not modelled yet. Keys are :func:`~._spec.norm_name` forms; values are human titles.
"""

from __future__ import annotations

from linkedin_export._formats._spec import norm_name

__all__ = ["KNOWN_FILES", "known_file_title"]

KNOWN_FILES: dict[str, str] = {
    "inbox": "Messages (2015-2017 Inbox.csv)",
    "messages": "Messages",
    "guidemessages": "Guide messages",
    "learningroleplaymessages": "Learning role-play messages",
    "learningcoachmessages": "Learning coach messages",
    "coachmessages": "Coach messages",
    "invitations": "Invitations",
    "profile": "Profile",
    "profilesummary": "Profile summary",
    "positions": "Positions",
    "education": "Education",
    "skills": "Skills",
    "languages": "Languages",
    "interests": "Interests",
    "emailaddresses": "Email addresses",
    "phonenumbers": "Phone numbers",
    "whatsappphonenumbers": "WhatsApp phone numbers",
    "registration": "Registration",
    "recommendationsreceived": "Recommendations received",
    "recommendationsgiven": "Recommendations given",
    "endorsementreceivedinfo": "Endorsements received",
    "endorsementgiveninfo": "Endorsements given",
    "certifications": "Certifications",
    "projects": "Projects",
    "publications": "Publications",
    "honors": "Honors",
    "courses": "Courses",
    "organizations": "Organizations",
    "volunteering": "Volunteering",
    "testscores": "Test scores",
    "patents": "Patents",
    "causesyoucareabout": "Causes you care about",
    "companyfollows": "Company follows",
    "memberfollows": "Member follows",
    "hashtagfollows": "Hashtag follows",
    "memberhashtags": "Member hashtags",
    "shares": "Shares",
    "comments": "Comments",
    "reactions": "Reactions",
    "votes": "Votes",
    "instantreposts": "Instant reposts",
    "saveditems": "Saved items",
    "richmedia": "Rich media",
    "videos": "Videos",
    "events": "Events",
    "learning": "Learning",
    "searchqueries": "Search queries",
    "logins": "Logins",
    "securitychallenges": "Security challenges",
    "accountstatushistory": "Account status history",
    "adtargeting": "Ad targeting",
    "inferencesaboutyou": "Inferences about you",
    "adsclicked": "Ads clicked",
    "lanadsengagement": "LAN ads engagement",
    "receipts": "Receipts",
    "receiptsv2": "Receipts (v2)",
    "importedcontacts": "Imported contacts",
    "contacts": "Imported contacts",
    "calendar": "Calendar",
    "verifications": "Verifications",
    "privateidentityasset": "Private identity asset",
    "providers": "Services Marketplace providers",
    "notes": "Notes",
    "savedjobs": "Saved jobs",
    "jobapplications": "Job applications",
    "jobseekerpreferences": "Job seeker preferences",
    "jobapplicantsavedanswers": "Job applicant saved answers",
    "jobapplicantsavedscreeningquestionresponses": "Job applicant saved screening answers",
    "savedjobalerts": "Saved job alerts",
    "onlinejobpostings": "Online job postings",
}


def known_file_title(path: str) -> str | None:
    """The title of a known-but-unmodelled LinkedIn file, or ``None``."""
    if path.lower().startswith("articles/"):
        return "Articles"  # Articles/**/*.html, one file per published article
    return KNOWN_FILES.get(norm_name(path))
