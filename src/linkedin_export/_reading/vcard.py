"""vCard 2.1 / 3.0 / 4.0 contact files, read into the same :class:`~._reading.table.Table` as CSV.

INTERFACE CONTRACT: ``read_vcards(text: str) -> Table``; ``looks_like_vcard(text: str) -> bool``.

Every card becomes one row of a single table whose header starts with :data:`FIXED_COLUMNS`
(``EMAIL``, ``TEL``, ``URL`` and ``ADR`` repeated as often as the busiest card needs), followed by
one column (or several, when repeated) per other property in order of first appearance. Further
occurrences of a single-valued property (``FN``, ``N``, ``ORG``, ``TITLE``, ``NOTE``, ``BDAY``) go
to an ``X-EXTRA-<NAME>`` column so that nothing is dropped. The reader never raises: text outside
a card and unparsable property lines come back as :class:`MalformedRow` in file order.
"""

from __future__ import annotations

import re

import attrs

from linkedin_export._reading.table import MalformedRow, Row, Table

__all__ = ["FIXED_COLUMNS", "looks_like_vcard", "read_vcards"]

#: Leading columns of every vCard table, always present, in this order.
FIXED_COLUMNS: tuple[str, ...] = (
    "FN",
    "N.family",
    "N.given",
    "N.additional",
    "N.prefix",
    "N.suffix",
    "ORG",
    "ORG.unit",
    "TITLE",
    "EMAIL",
    "TEL",
    "URL",
    "NOTE",
    "BDAY",
    "ADR",
)
_N_COLUMNS = FIXED_COLUMNS[1:6]
_SINGLE = frozenset({"FN", "N", "ORG", "TITLE", "NOTE", "BDAY"})
_STRUCTURED = frozenset({"N", "ORG", "ADR"})
_LISTED = frozenset({"N", "ADR"})  # components that may hold comma-separated values
_SKIPPED = frozenset({"BEGIN", "END", "VERSION"})
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT"})
_OUTSIDE = "text outside a vCard (not between BEGIN:VCARD and END:VCARD)"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_NAME = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPE = re.compile(r"\\([\\,;:nN])")
_QP_RUN = re.compile(r"(?:=[0-9A-Fa-f]{2})+")

#: A property as read: name, ENCODING (uppercased, "" if none), CHARSET, raw value.
_Property = tuple[str, str, str, str]


def looks_like_vcard(text: str) -> bool:
    """True when the first non-blank line is ``BEGIN:VCARD`` (case-insensitive).

    A leading BOM and leading whitespace (blank lines included) are ignored.
    """
    start = text.lstrip().lstrip("\ufeff").lstrip()[:11]
    return start.isascii() and start.upper() == "BEGIN:VCARD"


def _is_marker(line: str, marker: str) -> bool:
    """True when ``line`` is exactly ``marker`` (``BEGIN:VCARD``/``END:VCARD``), any case."""
    stripped = line.strip()
    return stripped.isascii() and stripped.upper() == marker


def _is_delimiter(line: str) -> bool:
    """True for a ``BEGIN:VCARD`` or ``END:VCARD`` line."""
    return _is_marker(line, "BEGIN:VCARD") or _is_marker(line, "END:VCARD")


def _is_quoted_printable(line: str) -> bool:
    """True when the name part of a property line declares quoted-printable encoding."""
    head, colon, _ = line.partition(":")
    return bool(colon) and "QUOTED-PRINTABLE" in head.upper()


def _logical_lines(text: str) -> list[tuple[int, str]]:
    """Split into lines, unfold continuations and join quoted-printable soft line breaks.

    Returns ``(first physical line number, logical line)`` pairs, blank lines included.
    """
    lines: list[tuple[int, str]] = []
    for number, physical in enumerate(_LINE_BREAK.split(text), start=1):
        if lines:
            start, previous = lines[-1]
            if previous.strip() and not _is_delimiter(previous):
                if (
                    previous.endswith("=")
                    and _is_quoted_printable(previous)
                    and not _is_delimiter(physical)
                ):
                    lines[-1] = (start, previous[:-1] + physical)
                    continue
                if physical[:1] in (" ", "\t"):
                    lines[-1] = (start, previous + physical[1:])
                    continue
        lines.append((number, physical))
    return lines


def _split_unquoted(text: str, separator: str) -> list[str]:
    """Split on ``separator`` outside double-quoted runs (parameter syntax)."""
    parts: list[str] = []
    quoted, start = False, 0
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _split_escaped(value: str, separator: str) -> list[str]:
    """Split on ``separator`` where it is not backslash-escaped; escapes are kept as written."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            current.append(char + next(chars, ""))
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _decode_qp(value: str, charset: str) -> str:
    """Decode quoted-printable ``=XX`` runs with ``charset`` (cp1252 when that fails)."""

    def decode(match: re.Match[str]) -> str:
        data = bytes.fromhex(match.group().replace("=", ""))
        try:
            return data.decode(charset or "utf-8")
        except (LookupError, ValueError):
            return data.decode("cp1252", errors="replace")

    decoded = _QP_RUN.sub(decode, value.removesuffix("="))
    return decoded.replace("\r\n", "\n").replace("\r", "\n")


def _unescape_char(match: re.Match[str]) -> str:
    """Replacement for one backslash escape of a 3.0/4.0 text value."""
    char = match.group(1)
    return "\n" if char in "nN" else char


def _decode(component: str, prop: _Property, version: str) -> str:
    """Decode one structured component (or a whole value): list split, QP, unescaping."""
    name, encoding, charset, _ = prop
    values = _split_escaped(component, ",") if name in _LISTED else [component]
    decoded: list[str] = []
    for value in values:
        text = _decode_qp(value, charset) if encoding == "QUOTED-PRINTABLE" else value
        # vCard 2.1 escapes only semicolons; 3.0/4.0 also backslash, comma, newline (Apple: colon).
        text = text.replace("\\;", ";") if version == "2.1" else _ESCAPE.sub(_unescape_char, text)
        if text.strip():
            decoded.append(text.strip())
    return ", ".join(decoded)


@attrs.define
class _Card:
    """One card being read: where it starts, its raw lines, version and properties."""

    line: int
    raw: list[str]
    version: str = ""
    props: list[_Property] = attrs.Factory(list)

    def add(self, line: str) -> str | None:
        """Record one property line; return the reason when it cannot be parsed."""
        if ":" not in line:
            return "vCard line without ':'"
        parts = _split_unquoted(line, ":")
        if len(parts) == 1:  # every ':' is inside an unbalanced quote: use the first
            parts = line.split(":", 1)
        head, value = parts[0], line[len(parts[0]) + 1 :]
        name, *params = _split_unquoted(head, ";")
        name = name.strip().rpartition(".")[2].upper()
        if not _NAME.fullmatch(name):
            return "vCard line without a valid property name"
        encoding, charset = "", "utf-8"
        for param in params:
            key, equals, param_value = param.partition("=")
            key, param_value = key.strip().upper(), param_value.strip().strip('"')
            if not equals and key in _BARE_ENCODINGS:
                encoding = key
            elif key == "ENCODING":
                encoding = param_value.upper()
            elif key == "CHARSET":
                charset = param_value
        if name == "VERSION":
            self.version = value.strip()
        elif name not in _SKIPPED:
            self.props.append((name, encoding, charset, value))
        return None

    def values(self) -> dict[str, list[str]]:
        """Column name -> non-empty values, in property order."""
        values: dict[str, list[str]] = {}
        seen: set[str] = set()

        def put(column: str, value: str) -> None:
            if value:
                values.setdefault(column, []).append(value)

        for prop in self.props:
            name, encoding, _, raw = prop
            if encoding in ("BASE64", "B"):
                put(name, "".join(raw.split()))
                continue
            parts = _split_escaped(raw, ";") if name in _STRUCTURED else [raw]
            pieces = [_decode(part, prop, self.version) for part in parts]
            joined = ", ".join(piece for piece in pieces if piece)
            if not joined:
                continue
            if name in seen:
                put(f"X-EXTRA-{name}", joined)
                continue
            if name in _SINGLE:
                seen.add(name)
            if name == "N":
                components = [*(pieces + [""] * 4)[:4], ", ".join(p for p in pieces[4:] if p)]
                for column, component in zip(_N_COLUMNS, components, strict=True):
                    put(column, component)
            elif name == "ORG":
                put("ORG", pieces[0])
                put("ORG.unit", ", ".join(piece for piece in pieces[1:] if piece))
            elif name == "TEL" and joined[:4].lower() == "tel:":
                put(name, joined[4:].strip())
            else:
                put(name, joined)
        return values


def _parse(text: str) -> list[_Card | MalformedRow]:
    """Group logical lines into cards; report stray text and bad lines in file order."""
    entries: list[_Card | MalformedRow] = []
    card: _Card | None = None
    for number, line in _logical_lines(text):
        if _is_marker(line, "BEGIN:VCARD"):
            card = _Card(number, [line])  # a BEGIN inside a card ends the previous card
            entries.append(card)
        elif not line.strip():
            continue
        elif card is None:
            entries.append(MalformedRow(number, line, _OUTSIDE))
        elif _is_marker(line, "END:VCARD"):
            card.raw.append(line)
            card = None
        else:
            card.raw.append(line)
            reason = card.add(line)
            if reason is not None:
                entries.append(MalformedRow(number, line, reason))
    return entries


def read_vcards(text: str) -> Table:
    """Parse every card of ``text`` into one :class:`Table`, one row per card.

    Rows are ``(line of BEGIN:VCARD, cells)`` with one cell per header column (``""`` when
    missing); a card without any value becomes a :class:`MalformedRow` ("empty vCard").
    """
    counts: dict[str, int] = dict.fromkeys(FIXED_COLUMNS, 1)
    parsed: list[tuple[int, dict[str, list[str]]] | MalformedRow] = []
    for entry in _parse(text.removeprefix("\ufeff")):
        if isinstance(entry, MalformedRow):
            parsed.append(entry)
            continue
        values = entry.values()
        if not values:
            parsed.append(MalformedRow(entry.line, "\n".join(entry.raw), "empty vCard"))
            continue
        for column, column_values in values.items():
            counts[column] = max(counts.get(column, 0), len(column_values))
        parsed.append((entry.line, values))
    header = tuple(column for column, count in counts.items() for _ in range(count))
    rows: list[Row | MalformedRow] = []
    for item in parsed:
        if isinstance(item, MalformedRow):
            rows.append(item)
            continue
        line, values = item
        cells: list[str] = []
        for column, count in counts.items():
            found = values.get(column, [])
            cells.extend(found + [""] * (count - len(found)))
        rows.append((line, cells))
    return Table(header=header, header_line=None, rows=iter(rows), delimiter=None, preamble=())
