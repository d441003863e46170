"""Text: bytes to ``str`` with the encoding LinkedIn (or a spreadsheet program) used.

Strategy (EMAIL_PHONE.md §5): a byte-order mark decides; otherwise UTF-16 recognised by its NUL
pattern; otherwise a strict UTF-8 decode of the whole file; otherwise ``chardet`` (imported lazily)
on the lines that hold non-ASCII bytes, with ``ascii`` or no answer taken as cp1252. Every guess is
reported.
"""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from collections.abc import Iterator
from typing import IO

import attrs

__all__ = [
    "Decoded",
    "StreamedText",
    "decode",
    "decode_stream",
    "looks_binary",
    "repair_mojibake",
    "text_lines",
]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_BINARY_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x1f\x8b",
    b"\xd0\xcf\x11\xe0",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"RIFF",
    b"OggS",
    b"\x00\x00\x01\x00",
)

#: How many bytes are given to chardet (chardet 7 itself reads at most 200 kB by default).
_SNIFF_BYTES = 256 * 1024
_NON_ASCII = re.compile(rb"[\x80-\xff]")


@attrs.frozen
class Decoded:
    """A decoded text file.

    Attributes:
        text: the text, BOM removed, NUL characters removed.
        encoding: the Python codec that was used (``utf-8``, ``utf-16-le``, ``cp1252``, …).
        bom: whether the file started with a byte-order mark.
        guessed: whether the encoding was guessed (no BOM, not valid UTF-8).
        replaced: how many undecodable bytes became U+FFFD.
        nul_removed: how many NUL characters were removed.
        maybe_mojibake: whether the text contains sequences typical of double-encoded UTF-8, so
            that cell values are worth passing through :func:`repair_mojibake`.
        nul_line: the 1-based physical line of the first NUL character removed, if any.
    """

    text: str
    encoding: str
    bom: bool = False
    guessed: bool = False
    replaced: int = 0
    nul_removed: int = 0
    maybe_mojibake: bool = False
    nul_line: int | None = None


def decode(data: bytes) -> Decoded:
    """Decode ``data``; never raises (undecodable bytes become U+FFFD and are counted)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, replaced = _decode(data[len(bom) :], encoding)
            return _finish(text, encoding, bom=True, guessed=False, replaced=replaced)
    utf16 = _utf16_by_nuls(data)  # before UTF-8: NUL bytes are valid UTF-8
    if utf16 is None:
        try:
            return _finish(data.decode("utf-8"), "utf-8", bom=False, guessed=False, replaced=0)
        except UnicodeDecodeError:
            pass
    encoding = utf16 or _detect(data)
    text, replaced = _decode(data, encoding)
    return _finish(text, encoding, bom=False, guessed=True, replaced=replaced)


def _decode(data: bytes, encoding: str) -> tuple[str, int]:
    try:
        return data.decode(encoding), 0
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        return text, text.count("\ufffd") - _count_literal_replacement(data, encoding)


def _count_literal_replacement(data: bytes, encoding: str) -> int:
    """U+FFFD characters that were really in the file (only possible in Unicode encodings)."""
    if encoding.startswith("utf"):
        return data.count("\ufffd".encode(encoding))
    return 0


def _finish(text: str, encoding: str, *, bom: bool, guessed: bool, replaced: int) -> Decoded:
    nuls = text.count("\x00")
    nul_line = None
    if nuls:
        first = text.index("\x00")
        text = text.replace("\x00", "")  # "\r\x00\n" becomes one line break: count after this
        breaks = len(_LINE_BREAK.findall(text, 0, first)) - (text[first - 1 : first + 1] == "\r\n")
        # NULs after the last line break are on the last line, not on a line of their own.
        nul_line = breaks + (first < len(text) or not text.endswith(("\n", "\r")))
    return Decoded(
        text=text,
        encoding=encoding,
        bom=bom,
        guessed=guessed,
        replaced=replaced,
        nul_removed=nuls,
        maybe_mojibake=_MOJIBAKE_HINT.search(text) is not None,
        nul_line=nul_line,
    )


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _detect(data: bytes) -> str:
    """Ask chardet, on a bounded slice that holds non-ASCII bytes in their context; cp1252 when it
    has no answer.

    The slice is the start of the file, or, when that is all ASCII, the part starting a few lines
    before the first non-ASCII byte (a prefix-only sniff would say ``ascii``). Detectors need the
    surrounding text: fed only the non-ASCII lines, chardet mistakes cp1252 for cp437 or cp1257.
    Only ``chardet.detect(bytes)`` is called, the API common to chardet 5 and 7.
    """
    import chardet  # lazily: only files that are not UTF-8 pay for it

    sample = data[:_SNIFF_BYTES]
    if sample.isascii():
        found = _NON_ASCII.search(data)
        first = found.start() if found else 0
        start = data.rfind(b"\n", 0, max(data.rfind(b"\n", 0, first), 0)) + 1
        sample = data[start : start + _SNIFF_BYTES]
    result = chardet.detect(sample)
    name = result.get("encoding") if isinstance(result, dict) else None
    if not isinstance(name, str) or name.lower() in {"ascii", "iso-8859-1", "latin-1"}:
        return "cp1252"
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return "cp1252"
    # UTF-8 already failed strictly, and UTF-16 without BOM was ruled out above. DOS and classic
    # Mac code pages are not what LinkedIn or a spreadsheet program writes.
    if codec in {"utf-8", "utf-16", "utf-32", "cp1252"} or codec.startswith(_LEGACY_PREFIXES):
        return "cp1252"
    # On short samples chardet answers with very low confidence (cp437, cp1257, iso8859-4 for
    # plain cp1252 names). cp1252, the encoding of spreadsheet re-saves, wins unless the other
    # answer reads as more plausible text. Confidences are not compared (EMAIL_PHONE.md §5).
    return codec if _implausibility(sample, codec) < _implausibility(sample, "cp1252") else "cp1252"


_LEGACY_PREFIXES = ("cp437", "cp85", "cp86", "mac")
_TOKEN = re.compile(r"[^\s,;\t|\"()\[\]]+")
_IN_WORD_NOISE = frozenset("SNC")  # symbols, numbers (³, ¹), controls inside a word


def _implausibility(sample: bytes, encoding: str) -> int:
    """How unlike natural text ``sample`` reads in ``encoding`` (lower is better).

    Counts, over the words that hold non-ASCII characters: words mixing scripts (``JosΘ``), a
    symbol or digit-like character between letters (``Wroc³aw``), Latin words of three or more
    letters none of which is ASCII (Cyrillic read as cp1252: ``Èâàí``). Undecodable bytes count
    too.
    """
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        text = sample.decode(encoding, errors="replace")
    score = text.count("\ufffd") * 2
    checked = 0
    for token in _TOKEN.findall(text):
        if token.isascii():
            continue
        checked += 1
        if checked > 2000:
            break
        scripts = set()
        letters = 0
        for index, char in enumerate(token):
            if char.isalpha():
                letters += 1
                scripts.add(
                    unicodedata.name(char, "LATIN ?").split(" ", 1)[0]
                    if not char.isascii()
                    else "LATIN"
                )
            elif (
                not char.isascii()
                and unicodedata.category(char)[0] in _IN_WORD_NOISE
                and 0 < index < len(token) - 1
                and token[index - 1].isalpha()
                and token[index + 1].isalpha()
            ):
                score += 1
        if len(scripts) > 1:
            score += 1
        if (
            scripts == {"LATIN"}
            and letters >= 3
            and not any(c.isascii() and c.isalpha() for c in token)
        ):
            score += 1
    return score


def looks_binary(data: bytes) -> bool:
    """True for data that is clearly not text: a known binary signature, or many control bytes."""
    if data.startswith(_BINARY_MAGIC):
        return True
    if any(data.startswith(bom) for bom, _ in _BOMS) or _utf16_by_nuls(data):
        return False
    sample = data[:4096]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > 0.1 * len(sample)


# --- mojibake: UTF-8 bytes that were decoded as cp1252 (or latin-1) and encoded again as UTF-8.

# The printable cp1252 characters of bytes 0x80-0x9F (euro sign, curly quotes, dashes, ...).
_CP1252_HIGH = bytes(range(0x80, 0xA0)).decode("cp1252", errors="ignore")
# Character -> original byte: latin-1 for every byte, plus cp1252's own characters for 0x80-0x9F.
_TO_BYTE: dict[str, int] = {chr(b): b for b in range(0x80, 0x100)}
_TO_BYTE.update(
    {
        c: 0x80 + i
        for i, c in enumerate(bytes(range(0x80, 0xA0)).decode("cp1252", "replace"))
        if c != "\ufffd"
    }
)
_CONTINUATION = "\x80-\xbf" + re.escape(_CP1252_HIGH)
_MOJIBAKE_HINT = re.compile(f"[\xc2-\xf4][{_CONTINUATION}]")
_RUN = re.compile(f"[\x80-\xff{re.escape(_CP1252_HIGH)}]+")


def repair_mojibake(value: str) -> str | None:
    """Repair double-encoded UTF-8 (``JosÃ©`` → ``José``); ``None`` when there is nothing to repair.

    Only runs of characters that re-encode to valid UTF-8 are changed, so text that merely contains
    accented letters is never altered. Applied at most twice (for text encoded wrongly twice).
    """
    if _MOJIBAKE_HINT.search(value) is None:
        return None
    repaired = value
    for _ in range(2):
        fixed = _RUN.sub(_fix_run, repaired)
        if fixed == repaired:
            break
        repaired = fixed
        if _MOJIBAKE_HINT.search(repaired) is None:
            break
    return repaired if repaired != value else None


def _fix_run(match: re.Match[str]) -> str:
    run = match.group()
    try:
        return bytes(_TO_BYTE[c] for c in run).decode("utf-8")
    except (KeyError, UnicodeDecodeError):
        return run


# --- streaming: large files decoded as they are read ---------------------------------------------

#: How much of a streamed file decides its encoding (and is searched for its header).
_HEAD_BYTES = 1024 * 1024
_CHUNK_BYTES = 1024 * 1024


@attrs.define
class StreamedText:
    """A text file decoded while it is read, for files too large to hold in memory.

    The encoding is chosen from the first MiB (byte-order mark, UTF-16 NUL pattern, UTF-8 if that
    part is valid UTF-8, else a guess as in :func:`decode`); undecodable bytes further on become
    U+FFFD and are counted. ``maybe_mojibake`` is judged on the first MiB only.

    Attributes:
        head: the decoded start of the text (at most about a MiB).
        encoding, bom, guessed, maybe_mojibake: as in :class:`Decoded`.
        replaced: undecodable bytes replaced so far (final once :meth:`lines` is exhausted).
        nul_removed: NUL characters removed so far (final once :meth:`lines` is exhausted).
    """

    head: str
    encoding: str
    bom: bool
    guessed: bool
    maybe_mojibake: bool
    _raw: IO[bytes] = attrs.field(alias="raw", repr=False)
    _start: bytes = attrs.field(alias="start", repr=False)
    replaced: int = 0
    nul_removed: int = 0

    def close(self) -> None:
        """Close the underlying binary stream."""
        self._raw.close()

    def lines(self) -> Iterator[str]:
        """The physical lines of the whole text, line breaks kept, NUL characters removed.

        Line breaks are ``\\n``, ``\\r\\n`` and ``\\r``, as for ``open(..., newline="")``.
        """
        decoder = codecs.getincrementaldecoder(self.encoding)(errors="replace")
        literal = "\ufffd".encode(self.encoding) if self.encoding.startswith("utf") else b""
        carry = ""
        chunks = self._chunks()
        while True:
            chunk = next(chunks, b"")
            final = not chunk
            text = carry + decoder.decode(chunk, final)
            if "\ufffd" in text[len(carry) :]:
                found = text.count("\ufffd", len(carry)) - (chunk.count(literal) if literal else 0)
                self.replaced += max(found, 0)
            # Only complete lines go on; a final "\r" may be the first half of "\r\n".
            end = len(text) if final or not text.endswith("\r") else len(text) - 1
            cut = len(text) if final else max(text.rfind("\n", 0, end), text.rfind("\r", 0, end))
            cut = len(text) if final else cut + 1
            complete, carry = text[:cut], text[cut:]
            if "\x00" in complete:
                self.nul_removed += complete.count("\x00")
                complete = complete.replace("\x00", "")
            if complete:
                yield from text_lines(complete)
            if final:
                return

    def _chunks(self) -> Iterator[bytes]:
        start = self._start
        for offset in range(0, len(start), _CHUNK_BYTES):
            yield start[offset : offset + _CHUNK_BYTES]
        while chunk := self._raw.read(_CHUNK_BYTES):
            yield chunk


#: Text is split into lines a block of about this many characters at a time.
_LINES_BLOCK = 1024 * 1024
_ONE_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def text_lines(text: str) -> Iterator[str]:
    """The physical lines of ``text``, line breaks kept, as ``io.StringIO(text, newline="")``
    yields them (``\\n``, ``\\r\\n`` and ``\\r`` end a line).

    Unlike a ``StringIO`` of the whole text, which holds a copy of 4 bytes per character, the
    extra memory is about one block (or one line, when a line is longer than a block).
    """
    size = len(text)
    start = 0
    while start < size:
        # Blocks end after a "\n", so no line (and no "\r\n") is ever cut in two.
        end = text.rfind("\n", start, start + _LINES_BLOCK) + 1
        if end > start:
            yield from io.StringIO(text[start:end], newline="")
        else:  # a line longer than a block: only its own copy is made
            end = text.find("\n", start) + 1 or size
            for line in _ONE_LINE.finditer(text, start, end):
                yield line.group()
        start = end


def decode_stream(raw: IO[bytes]) -> StreamedText | None:
    """Start decoding the binary stream ``raw``; ``None`` when it looks binary, not like text.

    Raises whatever ``raw.read`` raises (the caller reports unreadable members).
    """
    start = _read_up_to(raw, _HEAD_BYTES)
    if looks_binary(start):
        return None
    complete = len(start) < _HEAD_BYTES
    bom = False
    encoding: str | None = None
    for mark, name in _BOMS:
        if start.startswith(mark):
            start, encoding, bom = start[len(mark) :], name, True
            break
    guessed = False
    if encoding is None:
        encoding = _utf16_by_nuls(start)
        guessed = encoding is not None
    if encoding is None:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(start, complete)
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding, guessed = _detect(start), True
    head = codecs.getincrementaldecoder(encoding)(errors="replace").decode(start, final=False)
    head = head.replace("\x00", "")
    return StreamedText(
        head=head,
        encoding=encoding,
        bom=bom,
        guessed=guessed,
        maybe_mojibake=_MOJIBAKE_HINT.search(head) is not None,
        raw=raw,
        start=start,
    )


def _read_up_to(raw: IO[bytes], size: int) -> bytes:
    parts: list[bytes] = []
    wanted = size
    while wanted > 0:
        part = raw.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)
