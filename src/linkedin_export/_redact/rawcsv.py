"""CSV fields with their place in the text, so that a value can be replaced and everything else
(quoting style, doubled quotes, delimiters, line endings, blank lines) written back byte for byte.

The fields are those Python's ``csv`` module reads (``strict=False``, double quotes): a field that
starts with ``"`` runs to the next lone ``"`` (``""`` is a quote), and whatever follows up to the
next delimiter or line end belongs to it too; any other field runs to the next delimiter or line
end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

__all__ = ["Field", "Record", "records"]


@attrs.frozen
class Field:
    """One field: ``text[start:end]`` is its raw form; ``value`` what ``csv`` reads.

    ``standard`` fields are written back from their value alone: unquoted ones as the value,
    quoted ones (``quoted``) between quotes with inner quotes doubled.
    """

    start: int
    end: int
    value: str
    quoted: bool
    standard: bool


@attrs.frozen
class Record:
    """One record: its fields, where it starts and where its line ending starts."""

    start: int
    end: int
    fields: tuple[Field, ...]


_QUOTED = re.compile(r'"((?:[^"]|"")*+)"', re.S)  # possessive: "" is always a quote


def records(text: str, start: int, delimiter: str) -> Iterator[Record]:
    """The records of ``text`` from offset ``start`` (the start of a line)."""
    unquoted = re.compile(f"[^{re.escape(delimiter)}\r\n]*")
    size = len(text)
    position = start
    while position < size:
        record_start = position
        fields: list[Field] = []
        while True:
            field_start = position
            if position < size and text[position] == '"':
                match = _QUOTED.match(text, position)
                if match is None:  # an unclosed quote runs to the end of the text
                    value = text[position + 1 :].replace('""', '"')
                    fields.append(Field(field_start, size, value, quoted=True, standard=False))
                    position = size
                else:
                    tail = unquoted.match(text, match.end())
                    assert tail is not None
                    value = match.group(1).replace('""', '"') + tail.group()
                    standard = not tail.group()
                    position = tail.end()
                    fields.append(
                        Field(field_start, position, value, quoted=True, standard=standard)
                    )
            else:
                match = unquoted.match(text, position)
                assert match is not None
                position = match.end()
                fields.append(
                    Field(field_start, position, match.group(), quoted=False, standard=True)
                )
            if position < size and text[position] == delimiter:
                position += 1
                continue
            break
        end = position
        if text.startswith("\r\n", position):
            position += 2
        elif position < size:
            position += 1
        yield Record(record_start, end, tuple(fields))


def quote(value: str) -> str:
    """``value`` as a quoted field."""
    return '"' + value.replace('"', '""') + '"'
