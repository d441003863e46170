"""The quality report: what is wrong with an export, and how complete it is.

:class:`QualityReport` (``export.report()``) counts the warnings per code, severity and file, and
measures what users of a network export care about: how many connections have an email address
and of which kind, who is hidden, which rows lack a profile URL, a company or a position, which
work addresses belong to another company than the current one, which connections appear twice,
which names carry contact details or decorations. It renders as aligned text (``str()``), as
HTML tables in a notebook and as a JSON-ready ``dict`` (``to_dict()``). ``docs/report.md``
explains every figure.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from linkedin_export.diagnostics import Severity, WarningCode
from linkedin_export.models import EmailKind, FrozenDict

if TYPE_CHECKING:
    from linkedin_export.export import Export, FileReport
    from linkedin_export.models import Connection, EmailInfo

__all__ = ["SCHEMA_VERSION", "DuplicateCount", "FileQuality", "QualityReport"]

#: The version of the layout of :meth:`QualityReport.to_dict`. Adding keys keeps the version;
#: renaming, removing or changing the meaning of one raises it.
SCHEMA_VERSION = 1

#: The key under which warnings that belong to no file are counted in ``by_file``.
EXPORT_KEY = "<export>"

#: The flags of ``Connection.name_flags``, in the order the report lists them.
NAME_FLAGS = ("contact_info", "credentials", "emoji")
_NAME_FLAG_LABELS = {
    "contact_info": "names with contact details",
    "credentials": "names with credentials",
    "emoji": "names with emoji",
}
#: How many examples (duplicate keys) a :class:`DuplicateCount` keeps.
MAX_EXAMPLES = 5
#: How many rows the text and HTML renderings show in a list before "… N more".
_TEXT_ROWS = 12
_HTML_ROWS = 20
_FILE_COLUMN = 40
#: The width the text rendering keeps to.
_TEXT_WIDTH = 100
_PERCENT = re.compile(r"<?\d+%")


@attrs.frozen(kw_only=True)
class DuplicateCount:
    """Connections that share one key (a profile, an email mailbox).

    Attributes:
        groups: how many keys are shared by more than one connection.
        records: how many connections are in those groups (each counted once per key).
        examples: up to five of the shared keys, the most repeated first.
    """

    groups: int = 0
    records: int = 0
    examples: tuple[str, ...] = ()

    @property
    def surplus(self) -> int:
        """The connections a merge would remove: ``records - groups``."""
        return self.records - self.groups

    @classmethod
    def of(cls, keys_per_record: Iterable[Iterable[str]]) -> DuplicateCount:
        """Count the keys shared by several records (each record's keys counted once)."""
        counts: Counter[str] = Counter()
        for keys in keys_per_record:
            counts.update(dict.fromkeys(keys, 1))  # each key once, in a stable order
        shared = [(key, n) for key, n in counts.most_common() if n > 1]
        return cls(
            groups=len(shared),
            records=sum(n for _, n in shared),
            examples=tuple(key for key, _ in shared[:MAX_EXAMPLES]),
        )

    def to_dict(self) -> dict[str, Any]:
        """``groups``, ``records``, ``surplus`` and ``examples`` as plain values."""
        return {
            "groups": self.groups,
            "records": self.records,
            "surplus": self.surplus,
            "examples": list(self.examples),
        }


@attrs.frozen(kw_only=True)
class FileQuality:
    """What the report knows about one file of the export.

    Attributes:
        path: the member path, as in ``FileReport.path`` and ``DataWarning.file``.
        name: the path without the export's top-level folder (``FileReport.name``).
        kind: the collection the records went to, the title of a known file without a model,
            or ``None``.
        format_id: the format version the file was read with, or ``None``.
        status: ``modelled`` (read into typed records), ``known`` (a LinkedIn file the library
            knows but has no model for yet: generic records) or ``unknown`` (not a known
            LinkedIn file).
        unreadable: an ``unreadable-file`` warning says the file could not be read.
        rows: data rows read.
        records: records made.
        malformed_rows: rows that became ``malformed-row`` warnings instead of records.
        warnings: how many warnings name this file.
        by_code: warning count per code, most frequent first.
        by_severity: warning count per severity (only severities that occur).
    """

    path: str
    name: str
    kind: str | None = None
    format_id: str | None = None
    status: str = "unknown"
    unreadable: bool = False
    rows: int = 0
    records: int = 0
    malformed_rows: int = 0
    warnings: int = 0
    by_code: FrozenDict[int] = attrs.field(factory=FrozenDict)
    by_severity: FrozenDict[int] = attrs.field(factory=FrozenDict)

    @classmethod
    def of(cls, file: FileReport, codes: Counter[str], severities: Counter[str]) -> FileQuality:
        """The quality of ``file``, given the codes and severities of its warnings."""
        status = "modelled" if file.format_id else ("known" if file.kind else "unknown")
        return cls(
            path=file.path,
            name=file.name,
            kind=file.kind,
            format_id=file.format_id,
            status=status,
            unreadable=codes[WarningCode.UNREADABLE_FILE.value] > 0,
            rows=file.rows,
            records=file.records,
            malformed_rows=codes[WarningCode.MALFORMED_ROW.value],
            warnings=sum(codes.values()),
            by_code=_most_common(codes),
            by_severity=_by_severity(severities),
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain values; ``by_severity`` lists every severity, with 0 for absent ones."""
        return {
            "path": self.path,
            "name": self.name,
            "kind": self.kind,
            "format_id": self.format_id,
            "status": self.status,
            "unreadable": self.unreadable,
            "rows": self.rows,
            "records": self.records,
            "malformed_rows": self.malformed_rows,
            "warnings": self.warnings,
            "by_code": dict(self.by_code),
            "by_severity": {s.value: self.by_severity.get(s.value, 0) for s in Severity},
        }


@attrs.frozen(kw_only=True)
class QualityReport:
    """Counts of warnings and coverage figures of one export (``export.report()``).

    Hidden members (rows with nothing but a date) are counted in ``hidden_members`` and left out
    of every other connection figure but ``connections``: a hidden row lacks everything, and
    counting it as "without a company" would say nothing new. Shares (``email_share`` and the
    percentages of ``str()``) are of all connections.

    Attributes:
        source: what was loaded.
        files: number of files.
        warnings: total number of warnings.
        by_code: warning count per code (kebab-case string), most frequent first.
        by_severity: warning count per severity (only severities that occur, ``info`` first).
        by_file: per file path (``<export>`` for warnings that belong to no file), warning
            count per code, most frequent first.
        by_file_severity: per file path (``<export>`` likewise), warning count per severity
            (only severities that occur).
        code_severity: per code, the highest severity its warnings have.
        file_quality: one :class:`FileQuality` per file, in archive order.
        connections: number of connections.
        hidden_members: connections with only a date (hidden or closed members).
        with_email: connections with at least one email address (of any kind, ``invalid``
            included: the cell was filled).
        email_kinds: the connections' email addresses per kind (``work``, ``personal``, …);
            every address counts, a legacy contact's second and third ones too. Only kinds that
            occur, in :class:`~linkedin_export.EmailKind` order.
        without_profile_url: visible connections without a profile URL.
        without_company: visible connections whose company is empty.
        without_position: visible connections whose position (job title) is empty.
        work_email_other_company: visible connections with a company and at least one ``work``
            address, none of whose domains matches the company: the address probably dates from
            an earlier employer, so the address, the company or both are stale. A domain matches
            when the classifier found the company in it (``company_match`` flag), when
            :func:`company_match` scores it 0.75 or more, or when the domain's first label
            without hyphens starts the company's name (``northwind-carto.com`` for
            ``Northwind Cartography``). Counts nothing for connections without a company
            (those are in ``without_company``).
        duplicate_profiles: connections that share a profile: the ``public_id`` (case-folded,
            Unicode NFC), or the profile URL when there is no ``public_id`` (legacy URLs).
        duplicate_emails: connections that share a mailbox: an address ``dedupe_key`` (invalid
            addresses have none and are left out).
        names_flagged: visible connections whose name carries something besides a name.
        name_flags: those connections per flag of ``Connection.name_flags`` (``contact_info``,
            ``credentials``, ``emoji``); a name can carry several.
        imported_contacts: imported address-book contacts.
        imported_with_email: imported contacts with at least one email address.
        imported_with_phone: imported contacts with at least one phone number.
        messages: messages, of every messages file.
        conversations: conversations.
        messages_from_hidden_members: messages whose sender is a hidden member (``LinkedIn
            Member`` without a profile URL).
    """

    source: str
    files: int
    warnings: int
    by_code: FrozenDict[int]
    by_severity: FrozenDict[int]
    by_file: FrozenDict[FrozenDict[int]]
    connections: int
    hidden_members: int
    with_email: int
    email_kinds: FrozenDict[int]
    without_profile_url: int
    by_file_severity: FrozenDict[FrozenDict[int]] = attrs.field(factory=FrozenDict)
    code_severity: FrozenDict[str] = attrs.field(factory=FrozenDict)
    file_quality: tuple[FileQuality, ...] = ()
    without_company: int = 0
    without_position: int = 0
    work_email_other_company: int = 0
    duplicate_profiles: DuplicateCount = attrs.field(factory=DuplicateCount)
    duplicate_emails: DuplicateCount = attrs.field(factory=DuplicateCount)
    names_flagged: int = 0
    name_flags: FrozenDict[int] = attrs.field(factory=FrozenDict)
    imported_contacts: int = 0
    imported_with_email: int = 0
    imported_with_phone: int = 0
    messages: int = 0
    conversations: int = 0
    messages_from_hidden_members: int = 0

    @classmethod
    def of(cls, export: Export) -> QualityReport:
        """Compute the report of ``export``."""
        warnings = export.warnings
        by_code = Counter(str(w.code) for w in warnings)
        by_severity = Counter(str(w.severity) for w in warnings)
        highest: dict[str, Severity] = {}
        file_codes: dict[str, Counter[str]] = {}
        file_severities: dict[str, Counter[str]] = {}
        for warning in warnings:
            code = str(warning.code)
            if code not in highest or warning.severity.rank > highest[code].rank:
                highest[code] = warning.severity
            key = warning.file or EXPORT_KEY
            file_codes.setdefault(key, Counter())[code] += 1
            file_severities.setdefault(key, Counter())[str(warning.severity)] += 1
        connections = export.connections
        visible = [c for c in connections if not c.is_hidden]
        kinds = Counter(str(e.kind) for c in connections for e in c.emails)
        flags = Counter(flag for c in visible for flag in c.name_flags)
        imported = export.imported_contacts
        messages = export.messages
        return cls(
            source=export.source,
            files=len(export.files),
            warnings=len(warnings),
            by_code=_most_common(by_code),
            by_severity=_by_severity(by_severity),
            by_file=FrozenDict({key: _most_common(c) for key, c in file_codes.items()}),
            by_file_severity=FrozenDict(
                {key: _by_severity(c) for key, c in file_severities.items()}
            ),
            code_severity=FrozenDict(
                {code: highest[code].value for code, _ in by_code.most_common()}
            ),
            file_quality=tuple(
                FileQuality.of(
                    f, file_codes.get(f.path, Counter()), file_severities.get(f.path, Counter())
                )
                for f in export.files
            ),
            connections=len(connections),
            hidden_members=len(connections) - len(visible),
            with_email=sum(1 for c in connections if c.emails),
            email_kinds=FrozenDict({k.value: kinds[k.value] for k in EmailKind if kinds[k.value]}),
            without_profile_url=sum(1 for c in visible if c.profile_url is None),
            without_company=sum(1 for c in visible if c.company is None),
            without_position=sum(1 for c in visible if c.position is None),
            work_email_other_company=sum(1 for c in visible if _work_email_elsewhere(c)),
            duplicate_profiles=DuplicateCount.of(
                (profile,) for profile in map(_profile_key, connections) if profile is not None
            ),
            duplicate_emails=DuplicateCount.of(
                [e.dedupe_key for e in c.emails if e.dedupe_key] for c in connections
            ),
            names_flagged=sum(1 for c in visible if c.name_flags),
            name_flags=FrozenDict(
                {flag: flags[flag] for flag in _ordered(flags, NAME_FLAGS) if flags[flag]}
            ),
            imported_contacts=len(imported),
            imported_with_email=sum(1 for c in imported if c.emails),
            imported_with_phone=sum(1 for c in imported if c.phones),
            messages=len(messages),
            conversations=len(export.conversations),
            messages_from_hidden_members=sum(1 for m in messages if m.is_from_hidden_member),
        )

    # --- derived figures ----------------------------------------------------------------------

    @property
    def email_share(self) -> float:
        """Share of connections with an email address (0 when there are none)."""
        return _share(self.with_email, self.connections)

    @property
    def visible(self) -> int:
        """Connections that are not hidden members."""
        return self.connections - self.hidden_members

    @property
    def addresses(self) -> int:
        """The connections' email addresses, of every kind."""
        return sum(self.email_kinds.values())

    @property
    def email_kind_shares(self) -> dict[str, float]:
        """Share of each kind among the addresses, for every :class:`EmailKind` (0 for absent
        kinds and when there are no addresses)."""
        total = self.addresses
        return {k.value: _share(self.email_kinds.get(k.value, 0), total) for k in EmailKind}

    @property
    def files_modelled(self) -> int:
        """Files read into typed records."""
        return sum(1 for f in self.file_quality if f.status == "modelled")

    @property
    def files_known(self) -> int:
        """Known LinkedIn files without a model yet (kept as generic records)."""
        return sum(1 for f in self.file_quality if f.status == "known")

    @property
    def files_unknown(self) -> int:
        """Files that are not known LinkedIn files."""
        return sum(1 for f in self.file_quality if f.status == "unknown")

    @property
    def files_unreadable(self) -> int:
        """Files that could not be read (``unreadable-file``)."""
        return sum(1 for f in self.file_quality if f.unreadable)

    @property
    def files_with_malformed_rows(self) -> int:
        """Files with at least one ``malformed-row`` warning."""
        return sum(1 for f in self.file_quality if f.malformed_rows)

    @property
    def malformed_rows(self) -> int:
        """Rows that became ``malformed-row`` warnings instead of records, in every file."""
        return sum(f.malformed_rows for f in self.file_quality)

    # --- renderings ---------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Plain ``dict``/``list``/``int``/``float``/``str`` values, ready for ``json.dumps``.

        The keys are stable (see ``schema_version``): mappings over a closed set (severities,
        email kinds, name flags) list every member, with 0 for absent ones; ``by_code`` and
        ``by_file`` list only what occurs. Shares are rounded to four decimals.
        """
        return {
            "schema_version": SCHEMA_VERSION,
            "source": self.source,
            "files": self.files,
            "warnings": self.warnings,
            "by_code": dict(self.by_code),
            "by_severity": {s.value: self.by_severity.get(s.value, 0) for s in Severity},
            "by_file": {name: dict(codes) for name, codes in self.by_file.items()},
            "by_file_severity": {
                name: {s.value: counts.get(s.value, 0) for s in Severity}
                for name, counts in self.by_file_severity.items()
            },
            "code_severity": dict(self.code_severity),
            "file_counts": {
                "read": self.files,
                "modelled": self.files_modelled,
                "known_without_model": self.files_known,
                "unknown": self.files_unknown,
                "unreadable": self.files_unreadable,
                "with_malformed_rows": self.files_with_malformed_rows,
                "malformed_rows": self.malformed_rows,
            },
            "file_quality": [f.to_dict() for f in self.file_quality],
            "connections": {
                "total": self.connections,
                "visible": self.visible,
                "hidden_members": self.hidden_members,
                "with_email": self.with_email,
                "email_share": round(self.email_share, 4),
                "addresses": self.addresses,
                "email_kinds": {k.value: self.email_kinds.get(k.value, 0) for k in EmailKind},
                "email_kind_shares": {k: round(v, 4) for k, v in self.email_kind_shares.items()},
                "without_profile_url": self.without_profile_url,
                "without_company": self.without_company,
                "without_position": self.without_position,
                "work_email_other_company": self.work_email_other_company,
                "duplicate_profiles": self.duplicate_profiles.to_dict(),
                "duplicate_emails": self.duplicate_emails.to_dict(),
                "names_flagged": self.names_flagged,
                "name_flags": {
                    flag: self.name_flags.get(flag, 0)
                    for flag in _ordered(self.name_flags, NAME_FLAGS)
                },
            },
            "imported_contacts": {
                "total": self.imported_contacts,
                "with_email": self.imported_with_email,
                "with_phone": self.imported_with_phone,
            },
            "messages": {
                "total": self.messages,
                "conversations": self.conversations,
                "from_hidden_members": self.messages_from_hidden_members,
            },
        }

    def _connection_rows(self, room: int = 200) -> list[tuple[str, int, float | None, str]]:
        """(label, count, share of all connections or None, note) of the connection figures;
        notes fit in ``room`` characters."""
        n = self.connections
        rows: list[tuple[str, int, float | None, str]] = [
            (label, count, _share(count, n), "")
            for label, count in (
                ("hidden members", self.hidden_members),
                ("with an email address", self.with_email),
                ("without a profile URL", self.without_profile_url),
                ("without a company", self.without_company),
                ("without a position", self.without_position),
                ("work email, other company's domain", self.work_email_other_company),
            )
        ]
        for label, dup in (
            ("same profile in several rows", self.duplicate_profiles),
            ("same email in several rows", self.duplicate_emails),
        ):
            rows.append((label, dup.groups, None, _examples(dup, room) if dup.groups else ""))
        for flag in _ordered(self.name_flags, NAME_FLAGS):
            count = self.name_flags.get(flag, 0)
            label = _NAME_FLAG_LABELS.get(flag, f"names with {flag}")
            rows.append((label, count, _share(count, n), ""))
        return rows

    def _file_rows(self) -> list[tuple[str, int]]:
        return [
            ("modelled (typed records)", self.files_modelled),
            ("known, no model yet", self.files_known),
            ("unknown", self.files_unknown),
            ("unreadable", self.files_unreadable),
            ("with malformed rows", self.files_with_malformed_rows),
            ("malformed rows", self.malformed_rows),
        ]

    def _files_by_trouble(self) -> list[tuple[str, dict[str, int], Mapping[str, int]]]:
        """(path, codes, severities) of every location with warnings, the worst first (errors,
        then warnings, then infos); each location's codes the worst first too."""
        empty: FrozenDict[int] = FrozenDict()

        def rank(code: str) -> int:
            return Severity(self.code_severity.get(code, Severity.WARNING.value)).rank

        located: list[tuple[str, dict[str, int], Mapping[str, int]]] = [
            (
                path,
                dict(sorted(codes.items(), key=lambda item: (-rank(item[0]), -item[1]))),
                self.by_file_severity.get(path, empty),
            )
            for path, codes in self.by_file.items()
        ]
        located.sort(
            key=lambda item: (
                *(-item[2].get(s.value, 0) for s in reversed(Severity)),
                -sum(item[1].values()),
            )
        )
        return located

    def __str__(self) -> str:
        width, lines = 36, [f"Quality report for {self.source}"]
        lines.append(
            f"{self.files} files, {self.connections} connections, {self.messages} messages, "
            f"{self.warnings} warnings" + _severity_note(self.by_severity)
        )

        def row(label: str, count: int, share: float | None = None, note: str = "") -> None:
            text = f"  {label:<{width}}{count:>7}"
            if share is not None:
                text += f"  {_percent(share):>4}"
            if note:
                text += f"  {note}" if share is not None else f"        {note}"
            lines.append(text.rstrip())

        lines += [
            "",
            (
                f"Connections: {self.connections} ({self.visible} visible, "
                f"{self.hidden_members} hidden)"
            ),
        ]
        for label, count, share, note in self._connection_rows(_TEXT_WIDTH - width - 17):
            row(label, count, share, note)
        lines += ["", f"Email addresses: {self.addresses}"]
        shares = self.email_kind_shares
        for kind in EmailKind:
            row(kind.value, self.email_kinds.get(kind.value, 0), shares[kind.value])
        lines += ["", f"Imported contacts: {self.imported_contacts}"]
        row("with an email address", self.imported_with_email)
        row("with a phone number", self.imported_with_phone)
        lines += ["", f"Messages: {self.messages} in {self.conversations} conversations"]
        row("from hidden members", self.messages_from_hidden_members)
        lines += ["", f"Files: {self.files}"]
        for label, count in self._file_rows():
            row(label, count)
        lines += ["", f"Warnings: {self.warnings}" + _severity_note(self.by_severity)]
        if self.by_code:
            # the count under the figures' counts, unless a code is too long for that
            code_width = max(width - 9, *(len(code) + 1 for code in self.by_code))
            lines.append(f"  {'code':<{code_width}}{'severity':<9}{'count':>7}")
            for code, count in self.by_code.items():
                lines.append(
                    f"  {code:<{code_width}}{self.code_severity.get(code, ''):<9}{count:>7}"
                )
            lines += ["", "Warnings by file:"]
            troubled = self._files_by_trouble()
            name_width = min(max(len(path) for path, _, _ in troubled), _FILE_COLUMN)
            lines.append(
                f"  {'file':<{name_width}}  {'info':>5} {'warning':>7} {'error':>5}  codes"
            )
            for path, codes, severities in troubled[:_TEXT_ROWS]:
                counts = " ".join(
                    f"{severities.get(s.value, 0):>{w}}"
                    for s, w in zip(Severity, (5, 7, 5), strict=True)
                )
                room = _TEXT_WIDTH - name_width - 25
                lines.append(
                    f"  {_clip(path, name_width):<{name_width}}  {counts}  {_codes(codes, room)}"
                )
            if len(troubled) > _TEXT_ROWS:
                lines.append(f"  … {len(troubled) - _TEXT_ROWS} more files")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        esc = html.escape
        summary = (
            f"<p><b>Quality report</b> {esc(self.source)}: {self.files} files, "
            f"{self.connections} connections, {self.with_email} with an email "
            f"({_percent(self.email_share)}), {self.messages} messages, "
            f"{self.warnings} warnings{esc(_severity_note(self.by_severity))}</p>"
        )
        figures = self._connection_rows()
        with_notes = any(note for *_, note in figures)
        tables = [
            _table(
                f"Connections: {self.connections}",
                ("figure", "count", "share", "detail")[: 4 if with_notes else 3],
                [
                    (esc(label), count, "" if share is None else _percent(share), esc(note))[
                        : 4 if with_notes else 3
                    ]
                    for label, count, share, note in figures
                ],
            ),
            _table(
                f"Email addresses: {self.addresses}",
                ("kind", "count", "share"),
                [
                    (kind, self.email_kinds.get(kind, 0), _percent(share))
                    for kind, share in self.email_kind_shares.items()
                ],
            ),
            _table(
                "Contacts, messages, files",
                ("figure", "count"),
                [
                    ("imported contacts", self.imported_contacts),
                    ("… with an email address", self.imported_with_email),
                    ("… with a phone number", self.imported_with_phone),
                    ("messages", self.messages),
                    ("… from hidden members", self.messages_from_hidden_members),
                    ("conversations", self.conversations),
                    ("files", self.files),
                    *((f"… {label}", count) for label, count in self._file_rows()),
                ],
            ),
        ]
        if self.by_code:
            tables.append(
                _table(
                    f"Warnings: {self.warnings}",
                    ("code", "severity", "count"),
                    [
                        (esc(code), esc(self.code_severity.get(code, "")), count)
                        for code, count in self.by_code.items()
                    ],
                )
            )
            troubled = self._files_by_trouble()
            rows: list[tuple[object, ...]] = [
                (esc(path), *(severities.get(s.value, 0) for s in Severity), esc(_codes(codes)))
                for path, codes, severities in troubled[:_HTML_ROWS]
            ]
            if len(troubled) > _HTML_ROWS:
                rows.append((f"… {len(troubled) - _HTML_ROWS} more files", "", "", "", ""))
            tables.append(
                _table("Warnings by file", ("file", "info", "warning", "error", "codes"), rows)
            )
        return (
            f'{summary}<div style="display:flex;flex-wrap:wrap;gap:0 2em;'
            f'align-items:flex-start">{"".join(tables)}</div>'
        )


# --- helpers --------------------------------------------------------------------------------------


def _most_common(counts: Counter[str]) -> FrozenDict[int]:
    return FrozenDict(dict(counts.most_common()))


def _by_severity(counts: Counter[str]) -> FrozenDict[int]:
    return FrozenDict({s.value: counts[s.value] for s in Severity if counts[s.value]})


def _ordered(present: Iterable[str], known: tuple[str, ...]) -> list[str]:
    """``known`` in its order, then any other key of ``present``, sorted."""
    return [*known, *sorted(set(present) - set(known))]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _percent(share: float) -> str:
    """``33%``; ``<1%`` for a share that is not zero but rounds to it."""
    if 0 < share < 0.005:
        return "<1%"
    return f"{share:.0%}"


def _severity_note(by_severity: Mapping[str, int]) -> str:
    counted = ", ".join(f"{n} {s}" for s, n in by_severity.items() if n)
    return f" ({counted})" if counted else ""


def _examples(dup: DuplicateCount, room: int = 200) -> str:
    """``N connections: key, key, … N more``, as many keys as fit in ``room`` characters."""
    head = f"{dup.records} connections: "
    return head + _fit(list(dup.examples), dup.groups, room - len(head))


def _fit(items: list[str], total: int, room: int) -> str:
    """``a, b, … N more`` (``N`` out of ``total``), as many items as fit in ``room`` characters,
    one at least."""
    for shown in range(len(items), 0, -1):
        text = ", ".join(items[:shown])
        if shown < total:
            text += f", … {total - shown} more"
        if len(text) <= room or shown == 1:
            return text
    return f"… {total} more" if total else ""


def _codes(codes: Mapping[str, int], room: int = 200) -> str:
    """``code n, code n, … N more``, as many codes as fit in ``room`` characters."""
    return _fit([f"{code} {n}" for code, n in codes.items()], len(codes), room)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else "…" + text[-(width - 1) :]


def _table(caption: str, header: tuple[str, ...], rows: Iterable[tuple[object, ...]]) -> str:
    """An HTML table; cells must already be escaped. Numbers and percentages are aligned right."""
    head = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td style="text-align:right">{cell}</td>'
            if isinstance(cell, int) or _PERCENT.fullmatch(str(cell))
            else f"<td>{cell}</td>"
            for cell in row
        )
        + "</tr>"
        for row in rows
    )
    return (
        f"<table><caption>{html.escape(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    )


def _profile_key(connection: Connection) -> str | None:
    """What identifies the member: the case-folded ``public_id``, else the profile URL."""
    if connection.public_id:
        return unicodedata.normalize("NFC", connection.public_id).casefold()
    return connection.profile_url


def _work_email_elsewhere(connection: Connection) -> bool:
    """A company, work addresses, and none of their domains matches the company."""
    company = connection.company
    work = [e for e in connection.emails if e.kind is EmailKind.WORK]
    if not company or not work:
        return False
    return not any(_domain_matches(company, e) for e in work)


def _domain_matches(company: str, email: EmailInfo) -> bool:
    from linkedin_export.emails._company import company_match, name_tokens

    if "company_match" in email.flags:
        return True
    domain = email.registrable_domain or email.domain
    if not domain:
        return False
    label = domain.split(".", 1)[0]
    if company_match(company, label) >= 0.75:
        return True
    # An abbreviated company name: northwind-carto.com for Northwind Cartography.
    folded = label.replace("-", "").lower()
    return len(folded) >= 4 and "".join(name_tokens(company)).startswith(folded)
