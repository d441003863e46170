"""Write the input files of the golden fixtures of the messages family, byte-exact.

    python tools/make_fixtures_messaging.py          # (re)write tests/fixtures/messages/*/input.*
    python tools/make_fixtures_messaging.py --check  # exit 1 when an input differs

Then ``pytest tests/test_golden.py -k messages --update-golden`` writes each case's
``expected.json``; review the diff. Deterministic (no randomness, no clock).

Layouts follow FORMATS.md §2, §3.4 and §4.2: UTF-8 without BOM, LF, minimal RFC 4180 quoting
(dates with a comma are quoted), every field quoted in 2026 with ``""`` for empty fields and real
line breaks inside CONTENT. The sibling files (guide, coach, learning coach) are named
``input.<LinkedIn name>`` so that the file name, which sets ``Message.source``, is LinkedIn's.

Every person, address and URL is invented.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fixture_cases import run  # tools/fixture_cases.py, beside this script

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"

LF = "\n"
NBSP = "\u00a0"
IN = "https://www.linkedin.com/in/"
MARA, MARA_URL = "Mara Quill", IN + "mara-quill-4b1a2c"
TOMAS, TOMAS_URL = "Tomas Reyne", IN + "tomas-reyne"
INES, INES_URL = "Ines Okafor, Ph.D.", IN + "ines-okafor-phd"
KENJI, KENJI_URL = "Kenji Watanabe-Lund", IN + "kenji-watanabe-lund"
JOSE_URL = IN + "jos%C3%A9-ruiz-5a1b2c"
#: "José Ruiz" encoded as UTF-8, decoded as Latin-1, encoded as UTF-8 again (FORMATS.md §2).
JOSE_MOJIBAKE = "José Ruiz".encode().decode("latin-1")
SPONSORED = (
    '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%,</p>'
    "<p>Join us at the Leith data forum.</p>"
)
AGENDA = (
    "<p>Sure!<br>Agenda:</p><ul><li><strong>Q&amp;A</strong></li>"
    "<li>Roadmap&nbsp;&lt;draft&gt;</li></ul>"
)
CONV_1 = "2-NTg3YjNmNzctMjQ4YS00ZjY3LWE0MWQtOGE0NWYyMzNhYTk3XzAxMA=="
CONV_2 = "2-ZmFrZS1jb252ZXJzYXRpb24taWQ="
CONV_3 = "2-Z3JvdXAtY2hhdC1mZXJud29vZC1sYWJz"


def csv_line(cells: Sequence[str], *, quote_all: bool = False) -> str:
    """One CSV line: minimal RFC 4180 quoting (a cell is quoted only when it holds a comma, a
    quote or a line break), or every cell quoted; ``"`` is doubled."""
    return ",".join(
        '"' + cell.replace('"', '""') + '"'
        if quote_all or any(char in cell for char in ',"\r\n')
        else cell
        for cell in cells
    )


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    quote_all: bool = False,
    final_newline: bool = True,
) -> bytes:
    """A UTF-8 LF file: the header line then one line per row."""
    lines = [csv_line(header, quote_all=quote_all)]
    lines.extend(csv_line(row, quote_all=quote_all) for row in rows)
    return (LF.join(lines) + (LF if final_newline else "")).encode("utf-8")


SEVEN = ("From", "To", "Date", "Subject", "Content", "Direction", "Folder")
M3 = (
    "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "DATE",
    "SUBJECT", "CONTENT", "FOLDER",
)  # fmt: skip
M4 = (
    "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
    "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER",
)  # fmt: skip


def case_inbox_2017() -> bytes:
    """M0 ``Inbox.csv``: prose dates (quoted, they hold commas), a no-break space in content."""
    header = ("From", "To", "Date", "Subject", "Content")
    rows = (
        (TOMAS, MARA, "January 12, 2017, 4:12 PM", "Data meetup",
         f"Hi Mara,{NBSP}are you coming on Thursday?"),
        (MARA, TOMAS, "January 12, 2017, 5:03 PM", "RE: Data meetup",
         f"Yes!{NBSP}{NBSP}See you there."),
        ("LinkedIn Member", MARA, "March 3, 2017, 9:00 AM", "", "Thanks for connecting."),
    )  # fmt: skip
    return table(header, rows)


def case_messages_2018() -> bytes:
    """M1 ``Messages.csv``: ``M/D/YY, h:mm AM`` dates, entities but no tags, SENT/INBOX."""
    rows = (
        (TOMAS, MARA, "9/14/18, 10:02 AM", "Fernwood Labs &amp; you",
         "Hi Mara, I&rsquo;d love to chat about the role at Fernwood Labs &amp; Co.", "INCOMING",
         "INBOX"),
        (MARA, TOMAS, "9/14/18, 4:12 PM", "RE: Fernwood Labs &amp; you",
         "Thanks Tomas,&nbsp;happy to talk next week.", "OUTGOING", "SENT"),
        ("Ines Okafor", MARA, "11/2/18, 8:30 PM", "", "Great to meet you at the workshop!",
         "INCOMING", "ARCHIVED"),
    )  # fmt: skip
    return table(SEVEN, rows)


def case_messages_2019() -> bytes:
    """M2 ``messages.csv``: the 2018 header in upper case, ISO dates without zone."""
    header = tuple(name.upper() for name in SEVEN)
    rows = (
        (KENJI, MARA, "2019-11-06T02:08:20", "", "Are you still at Fernwood Labs?", "INCOMING",
         "INBOX"),
        (MARA, KENJI, "2019-11-06T09:15:02", "", "Yes, for two more months.", "OUTGOING",
         "INBOX"),
    )  # fmt: skip
    return table(header, rows)


def case_messages_2021() -> bytes:
    """M3: conversation ids, a group chat with a title, a hidden member, UTC dates."""
    rows = (
        (CONV_1, "", TOMAS, TOMAS_URL, MARA, "2021-05-03 14:33:22 UTC", "",
         "Hi Mara, are you free Thursday?", "INBOX"),
        (CONV_1, "", MARA, MARA_URL, TOMAS, "2021-05-03 15:01:09 UTC", "",
         "Thursday works, 10am?", "INBOX"),
        (CONV_3, "Data contracts reading group", KENJI, KENJI_URL, f"{MARA}, {TOMAS}",
         "2022-01-10 08:00:00 UTC", "", "Next session is on Monday.", "ARCHIVE"),
        (CONV_2, "", "LinkedIn Member", "", MARA, "2022-03-09 18:45:10 UTC",
         "An opportunity for you", "Hello, we are hiring data engineers.", "SPAM"),
    )  # fmt: skip
    return table(M3, rows)


def case_messages_2023() -> bytes:
    """M4: recipient URLs (one name holds ``", "``), HTML content, a mojibake sender."""
    rows = (
        (CONV_3, "Data contracts reading group", MARA, MARA_URL, f"{INES}, {TOMAS}",
         f"{INES_URL},{TOMAS_URL}", "2023-06-11 15:33:58 UTC", "",
         "<p>Hi both, slides are attached.</p><p>See you Monday!</p>", "INBOX"),
        (CONV_2, "", JOSE_MOJIBAKE, JOSE_URL, MARA, MARA_URL, "2023-09-01 07:12:45 UTC", "",
         "<p>Hola Mara, ¿tienes un momento?</p>", "INBOX"),
        (CONV_1, "", TOMAS, TOMAS_URL, MARA, MARA_URL, "2024-02-20 12:00:00 UTC",
         "Invitation to speak", SPONSORED, ""),
    )  # fmt: skip
    return table(M4, rows)


def case_guide_messages_2023() -> bytes:
    """``guide_messages.csv``: the M4 header alone (the usual content, FORMATS.md §4.2)."""
    return table(M4, ())


def case_coach_messages_2023() -> bytes:
    """``coach_messages.csv`` with one message: ``source`` is ``coach``."""
    rows = (
        (CONV_2, "Coach", "LinkedIn Coach", "", MARA, MARA_URL, "2024-11-05 10:00:00 UTC", "",
         "<p>Here are three tips for your profile headline.</p>", "INBOX"),
    )  # fmt: skip
    return table(M4, rows)


def case_messages_2024_drafts() -> bytes:
    """M5: HTML with ``<br>``, ``&amp;``, ``&nbsp;``, ``<strong>`` and a list; Yes/No drafts."""
    header = (*M4, "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT")
    rows = (
        (CONV_2, "", MARA, MARA_URL, TOMAS, TOMAS_URL, "2024-10-02 14:33:22 UTC", "",
         "<p>Hi Tomas, are you free Thursday?</p>", "INBOX", "No", "No"),
        (CONV_2, "", TOMAS, TOMAS_URL, MARA, MARA_URL, "2024-10-02 15:10:00 UTC", "",
         AGENDA, "INBOX", "No", "No"),
        (CONV_2, "", MARA, MARA_URL, TOMAS, TOMAS_URL, "2024-10-03 08:00:00 UTC", "",
         "<p>Draft: see you at 10</p>", "INBOX", "Yes", "No"),
    )  # fmt: skip
    return table(header, rows)


def case_messages_2025_attachments() -> bytes:
    """M6, 11 columns: ATTACHMENTS with two comma-joined URLs."""
    header = (*M4, "ATTACHMENTS")
    photo = "https://www.linkedin.com/dms/prv/image/v2/D4E06AQFakeImage01/messaging-attachment"
    photo2 = "https://www.linkedin.com/dms/prv/image/v2/D4E06AQFakeImage02/messaging-attachment"
    rows = (
        (CONV_1, "", KENJI, KENJI_URL, MARA, MARA_URL, "2025-03-31 09:41:00 UTC", "",
         "<p>Photos from the workshop</p>", "INBOX", f"{photo},{photo2}"),
        (CONV_1, "", MARA, MARA_URL, KENJI, KENJI_URL, "2025-03-31 10:02:13 UTC", "",
         "<p>Thank you, Kenji!</p>", "INBOX", ""),
    )  # fmt: skip
    return table(header, rows)


def case_messages_2025_attachments_draft() -> bytes:
    """M6, 12 columns: ATTACHMENTS then IS MESSAGE DRAFT written ``false`` / ``TRUE``."""
    header = (*M4, "ATTACHMENTS", "IS MESSAGE DRAFT")
    rows = (
        (CONV_2, "", TOMAS, TOMAS_URL, MARA, MARA_URL, "2025-06-14 19:20:00 UTC", "",
         "<p>Lunch on Friday?</p>", "INBOX", "", "false"),
        (CONV_2, "", MARA, MARA_URL, TOMAS, TOMAS_URL, "2025-06-14 19:25:30 UTC", "",
         "<p>Friday is good</p>", "INBOX", "", "TRUE"),
    )  # fmt: skip
    return table(header, rows)


def case_messages_2026() -> bytes:
    """M7: every field quoted (``""`` when empty), real LF and CRLF line breaks in CONTENT."""
    header = (*M4, "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT")
    rows = (
        (CONV_3, "Data contracts reading group", MARA, MARA_URL, f"{INES}, {KENJI}",
         f"{INES_URL},{KENJI_URL}", "2026-04-02 08:15:00 UTC", "",
         'Hi both,\nthe "schema drift" chapter is next.\r\nSee you!', "INBOX", "", "No", "No"),
        (CONV_3, "Data contracts reading group", KENJI, KENJI_URL, f"{MARA}, {INES}",
         f"{MARA_URL},{INES_URL}", "2026-04-02 09:00:41 UTC", "", "Great, thanks Mara.",
         "INBOX", "", "No", "No"),
    )  # fmt: skip
    return table(header, rows, quote_all=True)


CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "messages/2017-inbox": ("input.Inbox.csv", case_inbox_2017),
    "messages/2018": ("input.Messages.csv", case_messages_2018),
    "messages/2019": ("input.messages.csv", case_messages_2019),
    "messages/2021": ("input.messages.csv", case_messages_2021),
    "messages/2023": ("input.messages.csv", case_messages_2023),
    "messages/2023-guide": ("input.guide_messages.csv", case_guide_messages_2023),
    "messages/2023-coach": ("input.coach_messages.csv", case_coach_messages_2023),
    "messages/2024-drafts": ("input.messages.csv", case_messages_2024_drafts),
    "messages/2025-attachments": ("input.messages.csv", case_messages_2025_attachments),
    "messages/2025-attachments-draft": (
        "input.messages.csv",
        case_messages_2025_attachments_draft,
    ),
    "messages/2026": ("input.messages.csv", case_messages_2026),
}


def main(argv: Sequence[str] | None = None) -> int:
    return run(CASES, FIXTURES, __file__, argv)


if __name__ == "__main__":
    sys.exit(main())
