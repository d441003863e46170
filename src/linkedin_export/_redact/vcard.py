"""vCard files redacted property by property, every physical line kept where it was.

Property values are faked by property name (``N``/``FN`` names, ``ORG`` organisations, ``EMAIL``,
``TEL``, ``URL``, ``ADR``…; ``BDAY``, ``REV`` and ``VERSION`` kept); quoted-printable values are
decoded, faked and encoded again; a folded or soft-broken value is cut again into as many
physical lines as it had, so every card starts on the line it started on.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from linkedin_export._reading.vcard import _split_unquoted
from linkedin_export._redact.fakes import Faker
from linkedin_export._redact.fields import Treatment, fake_value

__all__ = ["redact_vcards"]

_BREAK = re.compile(r"(\r\n|\r|\n)")
_ESCAPE = re.compile(r"\\[\\,;:nN]")
_QP_BYTE = re.compile(r"=[0-9A-Fa-f]{2}")

_TREATMENTS: dict[str, Treatment] = {
    "N": Treatment.NAME,
    "FN": Treatment.NAME,
    "NICKNAME": Treatment.NAME,
    "SORT-STRING": Treatment.NAME,
    "ORG": Treatment.ORGANISATION,
    "EMAIL": Treatment.EMAIL,
    "TEL": Treatment.PHONE,
    "URL": Treatment.URL,
    "X-SOCIALPROFILE": Treatment.URL,
    "IMPP": Treatment.URL,
    "UID": Treatment.IDENT,
    "BDAY": Treatment.DATE,
    "ANNIVERSARY": Treatment.DATE,
    "REV": Treatment.DATE,
    "X-ANNIVERSARY": Treatment.DATE,
    "GENDER": Treatment.ENUM,
    "KIND": Treatment.ENUM,
    "LANG": Treatment.ENUM,
    "TZ": Treatment.ENUM,
}
_KEPT = frozenset({"BEGIN", "END", "VERSION", "PRODID", "CLASS"})


def redact_vcards(text: str, faker: Faker, region: str | None) -> tuple[str, int]:
    """``text`` with every property value redacted, and how many values changed."""
    parts = _BREAK.split(text)
    lines = parts[0::2]
    breaks = [*parts[1::2], ""]
    changed = 0
    index = 0
    while index < len(lines):
        group = [index]
        while group[-1] + 1 < len(lines) and _continues(lines, group):
            group.append(group[-1] + 1)
        new = _redact_logical(lines, group, faker, region)
        if new is not None:
            changed += 1
            for position, line in zip(group, new, strict=True):
                lines[position] = line
        index = group[-1] + 1
    return "".join(line + brk for line, brk in zip(lines, breaks, strict=True)), changed


def _continues(lines: list[str], group: list[int]) -> bool:
    """Whether the next physical line continues the logical line of ``group`` (as the reader
    unfolds: a leading space or tab, or a quoted-printable soft line break)."""
    following = lines[group[-1] + 1]
    logical = _join(lines, group)
    stripped = logical.strip().upper()
    if not logical.strip() or stripped in {"BEGIN:VCARD", "END:VCARD"}:
        return False
    if logical.endswith("=") and _quoted_printable(logical):
        return following.strip().upper() not in {"BEGIN:VCARD", "END:VCARD"}
    return following[:1] in {" ", "\t"}


def _quoted_printable(line: str) -> bool:
    head, colon, _ = line.partition(":")
    return bool(colon) and "QUOTED-PRINTABLE" in head.upper()


def _join(lines: list[str], group: list[int]) -> str:
    text = lines[group[0]]
    for position in group[1:]:
        line = lines[position]
        if text.endswith("=") and _quoted_printable(text) and line[:1] not in {" ", "\t"}:
            text = text[:-1] + line
        else:
            text += line[1:]
    return text


def _redact_logical(
    lines: list[str], group: list[int], faker: Faker, region: str | None
) -> list[str] | None:
    logical = _join(lines, group)
    if ":" not in logical:
        return None
    parts = _split_unquoted(logical, ":")
    head = parts[0] if len(parts) > 1 else logical.split(":", 1)[0]
    value = logical[len(head) + 1 :]
    name, *params = _split_unquoted(head, ";")
    name = name.strip().rpartition(".")[2].upper()
    if name in _KEPT or not value.strip():
        return None
    treatment = _TREATMENTS.get(name, Treatment.TEXT)
    encoding, charset = "", "utf-8"
    for param in params:
        key, equals, param_value = param.partition("=")
        key, param_value = key.strip().upper(), param_value.strip().strip('"')
        if not equals and key in {"QUOTED-PRINTABLE", "BASE64", "B"}:
            encoding = key
        elif key == "ENCODING":
            encoding = param_value.upper()
        elif key == "CHARSET":
            charset = param_value
    if encoding == "QUOTED-PRINTABLE":
        new_value = _qp(value, charset, lambda text: _fake(faker, treatment, text, region))
    elif encoding in {"BASE64", "B"}:
        new_value = faker.words(value)
    else:
        new_value = _fake(faker, treatment, value, region)
    if new_value == value:
        return None
    return _cut(f"{head}:{new_value}", lines, group, qp=encoding == "QUOTED-PRINTABLE")


def _fake(faker: Faker, treatment: Treatment, value: str, region: str | None) -> str:
    """A value faked between its backslash escapes, component by component."""
    out: list[str] = []
    start = 0
    for match in _ESCAPE.finditer(value):
        out.append(_components(faker, treatment, value[start : match.start()], region))
        out.append(match.group())
        start = match.end()
    out.append(_components(faker, treatment, value[start:], region))
    return "".join(out)


def _components(faker: Faker, treatment: Treatment, text: str, region: str | None) -> str:
    if treatment is Treatment.PHONE and text.lower().startswith("tel:"):
        return text[:4] + fake_value(faker, treatment, text[4:], region)
    return ";".join(fake_value(faker, treatment, part, region) for part in text.split(";"))


def _qp(value: str, charset: str, fake: Callable[[str], str]) -> str:
    """Decode quoted-printable, fake, encode again (printable ASCII stays as it is)."""
    raw = bytearray()
    position = 0
    for match in _QP_BYTE.finditer(value):
        raw += value[position : match.start()].encode("latin-1", errors="replace")
        raw.append(int(match.group()[1:], 16))
        position = match.end()
    raw += value[position:].encode("latin-1", errors="replace")
    try:
        codec = charset or "utf-8"
        text = bytes(raw).decode(codec)
        encoded = fake(text).encode(codec)
    except (LookupError, UnicodeError):
        return value
    return "".join(
        chr(byte) if (33 <= byte <= 126 and byte != 61) or byte == 32 else f"={byte:02X}"
        for byte in encoded
    )


def _cut(logical: str, lines: list[str], group: list[int], *, qp: bool) -> list[str]:
    """``logical`` cut into as many physical lines as ``group`` had, at about the same places."""
    if len(group) == 1:
        return [logical]
    sizes = []
    for offset, position in enumerate(group):
        line = lines[position]
        if offset and not (qp and line[:1] not in {" ", "\t"}):
            sizes.append(len(line) - 1)  # the folding space is not part of the value
        elif qp and offset < len(group) - 1:
            sizes.append(len(line) - 1)  # the soft break "=" is not part of the value
        else:
            sizes.append(len(line))
    pieces: list[str] = []
    start = 0
    for offset, size in enumerate(sizes):
        end = len(logical) if offset == len(sizes) - 1 else min(len(logical), start + size)
        if qp:
            # never cut inside an "=XX" escape
            while 0 < end < len(logical) and "=" in logical[max(start, end - 2) : end]:
                end += 1
        pieces.append(logical[start:end])
        start = end
    out = []
    for offset, (position, piece) in enumerate(zip(group, pieces, strict=True)):
        line = lines[position]
        if offset and not (qp and line[:1] not in {" ", "\t"}):
            out.append(line[0] + piece)
        elif qp and offset < len(group) - 1:
            out.append(piece + "=")
        else:
            out.append(piece)
    return out
