"""Data-quality warnings: :class:`DataWarning`, :class:`WarningCode` and :class:`Severity`.

A warning is a value, not an exception: it names the file, the physical line (1-based, as a text
editor shows it), the column and the offending value, and carries a stable kebab-case code.
The codes are public API: they never change meaning, and new ones are only ever added.

(This module is not called ``warnings`` so that it does not shadow the standard library.)
"""

from __future__ import annotations

import enum
import functools

import attrs

__all__ = ["DataWarning", "Severity", "WarningCode", "describe"]


class Severity(enum.StrEnum):
    """How much a warning matters. Ordered: ``INFO < WARNING < ERROR``."""

    INFO = "info"
    """Worth knowing; nothing was lost or guessed (a known file kept without a model, a repair)."""
    WARNING = "warning"
    """A value was guessed, repaired or dropped to ``None``; the row was kept."""
    ERROR = "error"
    """A row or a file could not be turned into a record; its content is in the warning."""

    @property
    def rank(self) -> int:
        """0, 1 or 2, for comparisons (``w.severity.rank >= Severity.WARNING.rank``)."""
        return _RANK[self]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


class WarningCode(enum.StrEnum):
    """Stable identifiers of every data-quality problem the library reports.

    The values are kebab-case strings and part of the public API. Each member's docstring says when
    it is emitted; :func:`describe` returns it at run time (the CLI and the docs use it).
    """

    UNKNOWN_FILE = "unknown-file"
    """A file that matches no known LinkedIn file. Its rows are kept as generic records
    (``export.records(name)``) when it is a table, or only listed in ``export.files`` otherwise."""
    EXPECTED_FILE_MISSING = "expected-file-missing"
    """A file the kind of archive normally holds is absent (no messages in a Basic archive,
    no Connections.csv in a Complete one). Informational: the message says why and what to do."""
    UNKNOWN_COLUMN = "unknown-column"
    """A column that the detected format version does not list. Its values are kept in each
    record's ``extra`` mapping. Emitted once per file and column."""
    MISSING_COLUMN = "missing-column"
    """A column of the detected format version is absent from the file. The matching field is
    ``None`` in every record. Emitted once per file and column."""
    ENCODING_GUESSED = "encoding-guessed"
    """The file had no byte-order mark and was not valid UTF-8, so its encoding was guessed
    (typically cp1252 after a re-save in Excel). The message names the encoding and how many
    characters could not be decoded."""
    MOJIBAKE_REPAIRED = "mojibake-repaired"
    """UTF-8 text that had been decoded as cp1252 and re-encoded (``JosÃ©``) was repaired
    (``José``). The warning's value is the text as found."""
    MALFORMED_ROW = "malformed-row"
    """A row whose number of fields does not match the header, or that the CSV tokenizer could
    not read. No record is made; the warning's value holds the row's content, so nothing is lost."""
    ROW_REPAIRED = "row-repaired"
    """A known writing fault of LinkedIn's was repaired: lines of one ``Comments.csv`` message
    whose line breaks were not quoted were joined into one record, or a row whose quotes were
    escaped with a backslash was read again with that escape. The warning names the lines and
    holds the text as found."""
    INVALID_DATE = "invalid-date"
    """A date or time that matches none of the known LinkedIn formats. The field is ``None``."""
    INVALID_EMAIL = "invalid-email"
    """An email address that is not syntactically valid or uses a reserved or placeholder domain.
    The address is kept in an :class:`~linkedin_export.EmailInfo` of kind ``invalid``."""
    INVALID_PHONE = "invalid-phone"
    """A phone number that cannot be parsed, or is not a valid number; the reason is in the
    message. The raw value is kept in a :class:`~linkedin_export.PhoneInfo` with ``e164=None``."""
    INVALID_VALUE = "invalid-value"
    """A value that matches none of the forms its column takes (a flag that is neither yes nor
    no, an unknown enumeration value). The field is ``None``; the value is in the warning."""
    INVALID_URL = "invalid-url"
    """A URL that is not a URL, or a profile URL that is not a LinkedIn member profile."""
    HIDDEN_MEMBER = "hidden-member"
    """A connection row where only the date is filled, or a message from ``LinkedIn Member``
    without a profile URL: the member is hidden, closed or has opted out of exports. The row is
    kept as a record (``Connection.is_hidden``, ``Message.is_from_hidden_member``)."""
    DUPLICATE_RECORD = "duplicate-record"
    """A record repeats an earlier one of the same collection in one export: the same record by
    its identity key (``lx.record_key``: the profile slug or email address of a connection, the
    conversation, time, sender and text of a message, the company, title and start of a
    position, every field for records without a natural key). Both are kept; the warning is at
    the repeat, its value is the key, and ``export.deduplicated()`` drops the repeats."""
    CONTACT_INFO_IN_NAME = "contact-info-in-name"
    """A name field holds an email address, a phone number or a URL. The name is kept as
    exported and flagged (``name_flags``)."""
    POSSIBLE_TYPO_DOMAIN = "possible-typo-domain"
    """An email domain is one typo away from a major provider (``gmial.com``, ``gmail.con``);
    the message suggests the likely domain."""
    SPREADSHEET_DAMAGE = "spreadsheet-damage"
    """A value bears the marks of a re-save in a spreadsheet program: dates rewritten as
    ``4-Apr-21``, phone numbers in exponent form (``4.15555E+09``). The value was read but is
    not as LinkedIn wrote it."""
    LIMIT_EXCEEDED = "limit-exceeded"
    """A member was skipped because it exceeded a safety limit (a field too large, a zip nested
    too deep). Limits that make the whole input unsafe raise
    :class:`~linkedin_export.LimitExceededError` instead."""
    UNREADABLE_FILE = "unreadable-file"
    """One member of an archive could not be read (damaged data, unsupported compression). The
    other members are still loaded."""
    NUL_BYTES_REMOVED = "nul-bytes-removed"
    """NUL characters were removed from a text file (a sign of a damaged or mis-encoded file)."""
    MULTIPLE_ADDRESSES = "multiple-addresses"
    """One cell held several email addresses; each one was classified on its own."""
    MULTIPLE_PHONE_NUMBERS = "multiple-phone-numbers"
    """One cell held several phone numbers; each one was normalised on its own."""
    EMAIL_CLEANED = "email-cleaned"
    """An email address was cleaned before validation: surrounding whitespace, a ``mailto:``
    prefix or a ``Name <address>`` wrapper was removed. The value is the cell as found."""
    FREEMAIL_DOMAIN_MATCHES_COMPANY = "freemail-domain-matches-company"
    """The address is at a free-mail provider whose name matches the contact's company (an
    employee of Zoho with an ``@zoho.com`` address); it stays ``personal``."""
    SMTPUTF8_REQUIRED = "smtputf8-required"
    """The local part of the address has non-ASCII characters: only mail servers with SMTPUTF8
    support can deliver to it."""
    IDN_DOMAIN = "idn-domain"
    """The domain is internationalised (non-ASCII, ``münchen.de``); its ASCII form is in
    ``EmailInfo.ascii_domain``."""
    LOCAL_PART_OVER_64 = "local-part-over-64"
    """The local part is longer than the 64 characters RFC 5321 allows; many servers reject it."""
    DUPLICATE_AFTER_NORMALIZATION = "duplicate-after-normalization"
    """Two addresses written differently are the same mailbox (same ``dedupe_key``). *Reserved:*
    emitted from the deduplication feature onwards."""
    REGION_ASSUMED = "region-assumed"
    """A phone number without a country code was read with an assumed default region; the
    message names the region, so a wrong assumption can be spotted."""


def describe(code: WarningCode) -> str:
    """The documentation of a warning code, as one paragraph of plain text."""
    return " ".join(_member_docs().get(code, "").split())


@functools.cache
def _member_docs() -> dict[WarningCode, str]:
    """Read the attribute docstrings of :class:`WarningCode` from this module's source.

    Python keeps no run-time docstrings for enum members, so they are parsed from the source once,
    on first use of :func:`describe` (never at import time).
    """
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(WarningCode))
    klass = tree.body[0]
    assert isinstance(klass, ast.ClassDef)
    docs: dict[WarningCode, str] = {}
    for node, following in zip(klass.body, klass.body[1:], strict=False):
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[WarningCode[node.targets[0].id]] = following.value.value
    return docs


#: Codes that exist (their values are public API) but that no released feature emits yet.
RESERVED_CODES: frozenset[WarningCode] = frozenset({WarningCode.DUPLICATE_AFTER_NORMALIZATION})

#: The severity each code is reported with. Codes absent here are warnings.
DEFAULT_SEVERITY: dict[WarningCode, Severity] = {
    WarningCode.UNKNOWN_FILE: Severity.INFO,
    WarningCode.UNKNOWN_COLUMN: Severity.INFO,
    WarningCode.EXPECTED_FILE_MISSING: Severity.INFO,
    WarningCode.ENCODING_GUESSED: Severity.INFO,
    WarningCode.MOJIBAKE_REPAIRED: Severity.INFO,
    WarningCode.ROW_REPAIRED: Severity.INFO,
    WarningCode.HIDDEN_MEMBER: Severity.INFO,
    WarningCode.DUPLICATE_RECORD: Severity.INFO,
    WarningCode.MULTIPLE_ADDRESSES: Severity.INFO,
    WarningCode.REGION_ASSUMED: Severity.INFO,
    WarningCode.MULTIPLE_PHONE_NUMBERS: Severity.INFO,
    WarningCode.EMAIL_CLEANED: Severity.INFO,
    WarningCode.FREEMAIL_DOMAIN_MATCHES_COMPANY: Severity.INFO,
    WarningCode.SMTPUTF8_REQUIRED: Severity.INFO,
    WarningCode.IDN_DOMAIN: Severity.INFO,
    WarningCode.MALFORMED_ROW: Severity.ERROR,
    WarningCode.UNREADABLE_FILE: Severity.ERROR,
    WarningCode.LIMIT_EXCEEDED: Severity.ERROR,
}


@attrs.frozen(kw_only=True)
class DataWarning:
    """One data-quality problem, with its location.

    Attributes:
        code: the stable identifier (:class:`WarningCode`).
        severity: how much it matters (:class:`Severity`).
        message: a human-readable sentence saying what was found and what was done about it.
        file: the member path inside the export (``Connections.csv``, ``Jobs/Saved Jobs.csv``),
            or ``None`` for problems not tied to one file.
        line: the 1-based physical line where the row starts, or ``None``.
        column: the column header as written in the file, or ``None``.
        value: the offending value as found (for ``malformed-row``, the whole row), or ``None``.
    """

    code: WarningCode
    severity: Severity
    message: str
    file: str | None = None
    line: int | None = None
    column: str | None = None
    value: str | None = None

    @classmethod
    def make(
        cls,
        code: WarningCode,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: str | None = None,
        value: str | None = None,
        severity: Severity | None = None,
    ) -> DataWarning:
        """Build a warning with the code's default severity unless one is given."""
        return cls(
            code=code,
            severity=severity or DEFAULT_SEVERITY.get(code, Severity.WARNING),
            message=message,
            file=file,
            line=line,
            column=column,
            value=value,
        )

    def __str__(self) -> str:
        where = self.file or "<export>"
        if self.line is not None:
            where += f":{self.line}"
        if self.column:
            where += f" [{self.column}]"
        return f"{where}: {self.severity} {self.code}: {self.message}"
