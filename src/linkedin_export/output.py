"""Records out: plain dicts, JSON, JSON Lines, CSV, vCard 4.0 and pandas DataFrames.

Every function takes records of any model (``export.connections``, ``export.collection(kind)``,
a list of your own), and the writers take a path or an open file:

>>> import io, json, linkedin_export as lx
>>> export = lx.load(lx.sample_export_path())
>>> buffer = io.StringIO()
>>> lx.write_jsonl(export.connections, buffer)
55
>>> json.loads(buffer.getvalue().splitlines()[0])["connected_on"]
'2015-05-13'

Two views of a record:

- **The full view** (:func:`to_dict`, :func:`write_json`, :func:`write_jsonl`): every field,
  nested objects as nested dicts; nothing is lost. Instants and dates are ISO 8601 strings,
  :class:`~linkedin_export.PartialDate` keeps its precision (``"2019-03"``), enums are their
  values, tuples are lists, sets are sorted lists, ``provenance`` is ``{"file", "line"}``.
- **The flat view** (:func:`write_csv`, :func:`to_frame`): one column per field, in the model's
  field order, then ``provenance_file`` and ``provenance_line``. An email field gives two columns,
  the address (normalised when valid) and ``<field>_kind``; a list of emails gives ``<field>`` and
  ``<field>_kinds``; a phone field gives the E.164 number (the number as written when it has
  none). Lists of text are joined with ``"; "`` in CSV; other nested objects and the ``extra``
  mapping are JSON text in CSV and Python objects in a DataFrame.

Problems an :class:`~linkedin_export.EmailInfo` or :class:`~linkedin_export.PhoneInfo` carries
(their ``warnings``) are left out of both views: they are in ``export.warnings``, with file and
line.

Only the standard library is used; :func:`to_frame` imports pandas when it is called.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import enum
import functools
import inspect
import io
import json
import os
import types
import typing
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any, TextIO, cast

import attrs

from linkedin_export.errors import MissingDependencyError
from linkedin_export.models._base import Provenance
from linkedin_export.models.contact import EmailInfo, EmailKind, PhoneInfo
from linkedin_export.models.dates import PartialDate
from linkedin_export.models.network import Connection
from linkedin_export.models.social import ImportedContact

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "FORMULA_TRIGGERS",
    "Target",
    "neutralize",
    "to_dict",
    "to_dicts",
    "to_frame",
    "write_csv",
    "write_json",
    "write_jsonl",
    "write_vcard",
]

#: Where a writer writes: a path, or a file object open for writing (text, or binary: UTF-8 is
#: then used). Text files should be opened with ``newline=""`` so that CSV and vCard line ends
#: (CRLF) are written as they are.
Target = str | os.PathLike[str] | IO[str] | IO[bytes]

#: First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"):
#: ``=``, ``+``, ``-``, ``@``, TAB and CR. :func:`write_csv` puts a ``'`` before such cells.
FORMULA_TRIGGERS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")

#: Per model, fields left out of both views (problems already in ``export.warnings``).
_LEFT_OUT: dict[type, frozenset[str]] = {
    EmailInfo: frozenset({"warnings"}),
    PhoneInfo: frozenset({"warnings"}),
}


# --- the full view ------------------------------------------------------------------------------


def to_dict(record: object) -> dict[str, Any]:
    """One record (any model: a connection, a message, a nested ``EmailInfo``, a conversation) as
    plain data that :func:`json.dumps` accepts.

    Args:
        record: an instance of a model of this library (any ``attrs`` class).

    Returns:
        The fields in model order: ``datetime`` and ``date`` as ISO 8601 strings
        (``"2024-03-14T09:30:00+00:00"``, ``"2024-03-14"``), a
        :class:`~linkedin_export.PartialDate` as its ISO text at its precision (``"2019"``,
        ``"2019-03"``, ``"--03-14"``), enums as their values, tuples as lists, sets as sorted
        lists, mappings (``extra``) as dicts, nested models as dicts, ``provenance`` as
        ``{"file": …, "line": …}`` (or ``None``).

    Raises:
        TypeError: ``record`` is not an ``attrs`` instance, or holds a value of a type that has no
            JSON form.
    """
    if not attrs.has(type(record)):
        raise TypeError(
            f"to_dict() takes a record (an attrs model instance), not {type(record).__name__}"
        )
    return _attrs_dict(record)


def to_dicts(records: Iterable[object]) -> Iterator[dict[str, Any]]:
    """:func:`to_dict` of each record, lazily (constant memory over a stream of records).

    Args:
        records: model instances.

    Returns:
        An iterator of plain dicts, in the order of ``records``.

    Raises:
        TypeError: as :func:`to_dict`, when the offending record is reached.
    """
    return (to_dict(record) for record in records)


#: Per model, the names of the fields of the full view (filled on first use).
_DICT_FIELDS: dict[type, tuple[str, ...]] = {}


def _attrs_dict(obj: object) -> dict[str, Any]:
    cls = type(obj)
    names = _DICT_FIELDS.get(cls)
    if names is None:
        left_out = _LEFT_OUT.get(cls, frozenset())
        fields = attrs.fields(cast("type[attrs.AttrsInstance]", cls))
        names = tuple(f.name for f in fields if f.name not in left_out)
        _DICT_FIELDS[cls] = names
    data: dict[str, Any] = {}
    for name in names:
        value = getattr(obj, name)
        data[name] = value if value is None or type(value) in _SCALARS else _plain(value)
    return data


#: Types that are their own JSON form (exactly these types: not enums or other subclasses).
_SCALARS = frozenset({str, int, float, bool})


def _plain(value: object) -> Any:
    """``value`` as JSON data (the value serializer of :func:`to_dict`)."""
    kind = type(value)
    if value is None or kind in _SCALARS:
        return value
    if kind is tuple:
        return [_plain(item) for item in cast("tuple[object, ...]", value)]
    if isinstance(value, enum.Enum):  # before str: StrEnum members are strings
        return _plain(value.value)
    if isinstance(value, str | int | float):
        return value
    if isinstance(value, dt.date | dt.time):  # datetime is a date
        return value.isoformat()
    if isinstance(value, PartialDate):  # before attrs: it prints as ISO text
        return str(value)
    if attrs.has(kind):
        return _attrs_dict(value)
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, frozenset | set):
        return sorted((_plain(item) for item in value), key=_sort_key)
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    raise TypeError(f"no JSON form for a {kind.__name__} value: {value!r}")


def _sort_key(item: object) -> str:
    return item if isinstance(item, str) else json.dumps(item, sort_keys=True)


def write_json(records: Iterable[object], target: Target, *, indent: int | None = 2) -> int:
    """Write records as one JSON array of :func:`to_dict` objects, in UTF-8.

    The array is written record by record, so memory does not grow with the number of records.

    Args:
        records: model instances.
        target: a path, or a file object open for writing.
        indent: spaces per level (``None``: one line per record, no indentation).

    Returns:
        The number of records written.

    Raises:
        TypeError: a record is not a model instance, or ``target`` cannot be written to.
        OSError: the file cannot be written.
    """
    count = 0
    with _text_output(target) as fp:
        fp.write("[")
        for count, record in enumerate(records, start=1):
            text = json.dumps(to_dict(record), ensure_ascii=False, indent=indent)
            if indent is not None:
                text = text.replace("\n", "\n" + " " * indent)  # JSON strings hold no raw newline
            fp.write(("\n" if count == 1 else ",\n") + (" " * (indent or 0)) + text)
        fp.write("\n]\n" if count else "]\n")
    return count


def write_jsonl(records: Iterable[object], target: Target) -> int:
    """Write records as JSON Lines: one :func:`to_dict` object per line, UTF-8, ``\\n`` line ends.

    Args:
        records: model instances.
        target: a path, or a file object open for writing.

    Returns:
        The number of records written.

    Raises:
        TypeError: a record is not a model instance, or ``target`` cannot be written to.
        OSError: the file cannot be written.
    """
    count = 0
    with _text_output(target) as fp:
        for record in records:
            fp.write(json.dumps(to_dict(record), ensure_ascii=False) + "\n")
            count += 1
    return count


# --- the flat view ------------------------------------------------------------------------------


@attrs.frozen
class _Column:
    """One column of the flat view: its name, the field it comes from, and how to read it."""

    name: str
    field: str
    shape: str
    enum_type: type[enum.Enum] | None = None


@functools.cache
def _layout(cls: type) -> tuple[_Column, ...]:
    """The flat columns of a model, from its fields' types."""
    try:
        hints = typing.get_type_hints(cls)
    except (NameError, TypeError):  # a class of your own with unresolvable annotations
        hints = {}
    left_out = _LEFT_OUT.get(cls, frozenset())
    columns: list[_Column] = []
    trailing: list[_Column] = []
    for field in attrs.fields(cls):
        if field.name in left_out:
            continue
        shape, enum_type = _shape(hints.get(field.name, object))
        name = field.name
        if shape == "provenance":
            trailing += [
                _Column(f"{name}_file", name, "provenance_file"),
                _Column(f"{name}_line", name, "provenance_line"),
            ]
        elif shape == "email":
            columns += [_Column(name, name, "email"), _Column(f"{name}_kind", name, "email_kind")]
        elif shape == "emails":
            columns += [
                _Column(name, name, "emails"),
                _Column(f"{name}_kinds", name, "emails_kinds"),
            ]
        else:
            columns.append(_Column(name, name, shape, enum_type))
    return (*columns, *trailing)


def _shape(hint: Any) -> tuple[str, type[enum.Enum] | None]:
    """How a field of type ``hint`` is flattened."""
    args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(args) == 1:
        hint = args[0]  # X | None
    origin = typing.get_origin(hint)
    if origin is tuple:
        item = typing.get_args(hint)[0]
        if item is EmailInfo:
            return "emails", None
        if item is PhoneInfo:
            return "phones", None
        return ("json" if attrs.has(item) else "list"), None
    if origin in (frozenset, set):
        return "set", None
    if isinstance(origin, type) and issubclass(origin, Mapping):
        return "mapping", None
    if not isinstance(hint, type):
        return "json", None
    simple = {
        dt.datetime: "datetime",
        dt.date: "date",
        bool: "bool",
        int: "int",
        float: "float",
        str: "text",
        PartialDate: "partial",
        EmailInfo: "email",
        PhoneInfo: "phone",
        Provenance: "provenance",
    }
    if hint in simple:
        return simple[hint], None
    if issubclass(hint, enum.Enum):
        return "enum", hint
    if issubclass(hint, Mapping):
        return "mapping", None
    return "json", None


def _same(value: Any) -> Any:
    return value


#: How the flat value of a column is made from a field's (non-``None``) value, by shape.
_FLATTEN: dict[str, Callable[[Any], Any]] = {
    "text": _same,
    "bool": _same,
    "int": _same,
    "float": _same,
    "datetime": _same,
    "date": _same,
    "enum": lambda value: value.value,
    "partial": str,
    "email": str,
    "email_kind": lambda info: info.kind.value,
    "emails": lambda infos: tuple(str(info) for info in infos),
    "emails_kinds": lambda infos: tuple(info.kind.value for info in infos),
    "phone": str,
    "phones": lambda infos: tuple(str(info) for info in infos),
    "list": lambda items: tuple(_plain(item) for item in items),
    "set": lambda items: tuple(sorted((_plain(item) for item in items), key=_sort_key)),
    "provenance_file": lambda provenance: provenance.file,
    "provenance_line": lambda provenance: provenance.line,
    "mapping": _plain,
    "json": _plain,
}


def _flat(record: object, column: _Column) -> Any:
    """The flat value of one column: Python scalars, tuples of them, or JSON data."""
    value = getattr(record, column.field)
    return None if value is None else _FLATTEN[column.shape](value)


def _model_and_rows(
    records: Iterable[object], model: type | None, caller: str
) -> tuple[type | None, Iterator[object]]:
    """The model of ``records`` (the first one's class, else ``model``) and every record."""
    iterator = iter(records)
    first = next(iterator, None)
    if first is None:
        return model, iter(())
    cls = type(first)
    if not attrs.has(cls):
        raise TypeError(f"{caller}() takes records (attrs model instances), not {cls.__name__}")

    def checked() -> Iterator[object]:
        yield first
        for record in iterator:
            if type(record) is not cls:
                raise TypeError(
                    f"{caller}() writes records of one model; got a {type(record).__name__} "
                    f"after {cls.__name__} records (write one collection at a time)"
                )
            yield record

    return cls, checked()


def neutralize(cell: str) -> str:
    """``cell`` with a ``'`` in front when a spreadsheet would read it as a formula.

    Args:
        cell: the text of a CSV cell.

    Returns:
        ``"'" + cell`` when the cell starts with one of :data:`FORMULA_TRIGGERS`, else ``cell``.
    """
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "; ".join(_csv_text(item) for item in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False) if value else ""
    return str(value)


def write_csv(
    records: Iterable[object],
    target: Target,
    *,
    safe: bool = True,
    model: type | None = None,
    encoding: str = "utf-8",
) -> int:
    """Write records of one model as CSV (RFC 4180: comma, ``"`` quoting, CRLF line ends).

    The header is the flat view of the model (see the module documentation): the fields in model
    order, an email field as its address and ``<field>_kind``, then ``provenance_file`` and
    ``provenance_line``. Lists are joined with ``"; "``, booleans are ``true``/``false``, nested
    objects and ``extra`` are JSON text, missing values are empty cells.

    **Formula injection.** A cell that a spreadsheet would run as a formula (text starting with
    ``=``, ``+``, ``-``, ``@``, TAB or CR; names and messages come from other people) gets a
    ``'`` in front, as the OWASP "CSV Injection" guidance recommends: the spreadsheet shows the
    text instead of running it. This also applies to phone numbers (``'+442079460123``).
    ``safe=False`` writes every cell unchanged, for programs rather than spreadsheets.

    Args:
        records: instances of one model (one collection, such as ``export.connections``).
        target: a path, or a file object open for writing (text files with ``newline=""``).
        safe: neutralise formula injection (the default); ``False`` writes cells as they are.
        model: the model whose header to write when ``records`` is empty (nothing is written
            for no records and no model).
        encoding: the encoding when ``target`` is a path or a binary file; ``"utf-8-sig"`` adds
            the byte-order mark older Excel versions need to detect UTF-8.

    Returns:
        The number of records written.

    Raises:
        TypeError: a record is not a model instance, or records of different models are mixed.
        OSError: the file cannot be written.
    """
    cls, rows = _model_and_rows(records, model, "write_csv")
    count = 0
    with _text_output(target, encoding=encoding) as fp:
        if cls is None:
            return 0
        layout = _layout(cls)
        writer = csv.writer(fp)
        writer.writerow([column.name for column in layout])
        clean: Callable[[str], str] = neutralize if safe else str
        for record in rows:
            writer.writerow([clean(_csv_text(_flat(record, column))) for column in layout])
            count += 1
    return count


def to_frame(records: Iterable[object], *, model: type | None = None) -> pd.DataFrame:
    """Records of one model as a pandas DataFrame (the flat view, one row per record).

    pandas is imported by this function only (``pip install "linkedin-export[pandas]"``).

    Column types: ``datetime`` fields are ``datetime64[…, UTC]``; ``date`` fields are
    ``datetime64`` without time zone (so that ``.dt.year`` works); enum values (``email_kind``)
    are ``category`` with every member of the enum as a category; ``bool`` fields are pandas'
    nullable ``boolean``, ``int`` fields ``Int64``; text is pandas' default string type
    (``object`` in pandas 2, ``str`` in pandas 3); lists are tuples and mappings dicts (``object``).

    Args:
        records: instances of one model.
        model: the model whose columns to use when ``records`` is empty (no columns otherwise).

    Returns:
        A ``pandas.DataFrame``.

    Raises:
        MissingDependencyError: pandas is not installed.
        TypeError: a record is not a model instance, or records of different models are mixed.
    """
    pd = _pandas()
    cls, rows = _model_and_rows(records, model, "to_frame")
    if cls is None:
        return pd.DataFrame()
    layout = _layout(cls)
    values: list[list[Any]] = [[] for _ in layout]
    for record in rows:
        for cells, column in zip(values, layout, strict=True):
            cells.append(_flat(record, column))
    return pd.DataFrame(
        {
            column.name: _series(pd, column, cells)
            for column, cells in zip(layout, values, strict=True)
        }
    )


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError as error:
        raise MissingDependencyError(
            'to_frame() needs pandas: pip install "linkedin-export[pandas]"', "pandas"
        ) from error
    return pd


def _series(pd: Any, column: _Column, cells: list[Any]) -> Any:
    shape = column.shape
    if shape == "datetime":
        return pd.to_datetime(pd.Series(cells, dtype=object), utc=True)
    if shape == "date":
        return pd.to_datetime(pd.Series(cells, dtype=object))
    if shape in ("bool", "int"):
        return pd.Series(cells, dtype="boolean" if shape == "bool" else "Int64")
    if shape in ("enum", "email_kind"):
        members = column.enum_type or EmailKind
        return pd.Series(pd.Categorical(cells, categories=[member.value for member in members]))
    if shape in ("text", "partial", "email", "phone", "provenance_file"):
        return pd.Series(cells)
    if shape == "provenance_line":
        return pd.Series(cells, dtype="Int64")
    return pd.Series(cells, dtype=object)


def _check_kind(kind: str) -> str:
    """``kind`` when it is a kind of collection (``Kind``); else a ``ValueError`` listing them."""
    from linkedin_export._formats import Kind

    if kind not in Kind._value2member_map_:
        valid = ", ".join(sorted(member.value for member in Kind))
        raise ValueError(f"unknown kind {kind!r}; the kinds are: {valid}")
    return kind


def _kind_model(kind: str) -> type | None:
    """The model of a kind's records, read from the type of its ``Export`` attribute."""
    from linkedin_export.export import Export

    attribute = inspect.getattr_static(Export, kind, None)
    try:
        if isinstance(attribute, property) and attribute.fget is not None:
            hint = typing.get_type_hints(attribute.fget).get("return")
        else:
            hint = typing.get_type_hints(Export).get(kind)
    except (NameError, TypeError):  # an annotation that does not resolve at run time
        return None
    for candidate in (hint, *typing.get_args(hint)):
        if isinstance(candidate, type) and attrs.has(candidate):
            return candidate
    return None


# --- vCard --------------------------------------------------------------------------------------

_PHONE_TYPES = {"mobile": "cell", "fixed_line": "voice", "pager": "pager", "voip": "voice"}


def write_vcard(contacts: Iterable[Connection | ImportedContact], target: Target) -> int:
    """Write connections and imported contacts as a vCard 4.0 file (RFC 6350), for an address book.

    One card per contact that has a name, an email address or a phone number (hidden members,
    whose rows hold only a date, are left out). Each card has ``FN`` (the name without emoji,
    credentials or contact details), ``N``, ``EMAIL`` (``TYPE=work`` for work addresses,
    ``TYPE=home`` for personal ones, the first one ``PREF=1``; text that is not an email address
    at all, such as ``mara@@example.com``, is left out), ``TEL`` (a ``tel:`` URI when the
    E.164 form is known, the number as written otherwise), ``ORG``, ``TITLE``, ``URL`` (the
    LinkedIn profile first), ``NOTE`` (when you connected, or where the contact was imported
    from), ``BDAY`` and ``ADR`` when known, and a ``UID`` derived from the profile URL or the
    first address, so that importing the file again updates the same cards.

    Lines end with CRLF and are folded at 75 octets; ``\\``, ``,``, ``;`` and line breaks in
    values are escaped.

    Args:
        contacts: :class:`~linkedin_export.Connection` and
            :class:`~linkedin_export.ImportedContact` records, in any mix.
        target: a path, or a file object open for writing (text files with ``newline=""``).

    Returns:
        The number of cards written.

    Raises:
        TypeError: a record is neither a connection nor an imported contact.
        OSError: the file cannot be written.
    """
    count = 0
    with _text_output(target) as fp:
        for contact in contacts:
            if isinstance(contact, Connection):
                lines = _connection_card(contact)
            elif isinstance(contact, ImportedContact):
                lines = _imported_card(contact)
            else:
                raise TypeError(
                    "write_vcard() takes Connection and ImportedContact records, "
                    f"not {type(contact).__name__}"
                )
            if lines:
                fp.write("".join(_fold(line) + "\r\n" for line in lines))
                count += 1
    return count


def _connection_card(c: Connection) -> list[str] | None:
    parts = (c.last_name, c.first_name, c.middle_name, c.name_prefix, c.name_suffix)
    notes = [f"LinkedIn connection since {c.connected_on.isoformat()}."] if c.connected_on else []
    if c.notes:
        notes.append(c.notes)
    return _card(
        name=c.plain_name or c.full_name,
        parts=parts,
        nickname=c.nickname,
        emails=c.emails,
        phones=c.phones,
        org=(c.company, c.department),
        title=c.position,
        urls=((c.profile_url,) if c.profile_url else ()) + c.websites,
        birthday=c.birthday,
        addresses=c.addresses,
        notes=notes,
    )


def _imported_card(c: ImportedContact) -> list[str] | None:
    parts = (c.last_name, c.first_name, c.middle_name, c.name_prefix, c.name_suffix)
    imported = "Imported into LinkedIn"
    if c.source:
        imported += f" from {c.source}"
    if c.created_at:
        imported += f" on {c.created_at.date().isoformat()}"
    notes = [imported + "."]
    notes += [f"{label}: {value}" for label, value in _imported_details(c) if value]
    return _card(
        name=c.full_name,
        parts=parts,
        nickname=c.nickname,
        emails=c.emails,
        phones=c.phones,
        org=(c.companies, None),
        title=c.title,
        urls=(),
        birthday=c.birthday,
        addresses=(c.addresses,) if c.addresses else (),
        notes=notes,
    )


def _imported_details(c: ImportedContact) -> tuple[tuple[str, str | None], ...]:
    return (
        ("Location", c.location),
        ("Sites", c.sites),
        ("Profiles", c.profiles),
        ("Instant messaging", c.instant_message_handles),
        ("Maiden name", c.maiden_name),
    )


def _card(
    *,
    name: str | None,
    parts: tuple[str | None, ...],
    nickname: str | None,
    emails: tuple[EmailInfo, ...],
    phones: tuple[PhoneInfo, ...],
    org: tuple[str | None, str | None],
    title: str | None,
    urls: tuple[str, ...],
    birthday: str | None,
    addresses: tuple[str, ...],
    notes: list[str],
) -> list[str] | None:
    """The content lines of one card, or ``None`` when there is nobody to write."""
    emails = tuple(info for info in emails if info.normalized)
    formatted = name or " ".join(p for p in (parts[1], parts[2], parts[0]) if p)
    if not formatted:
        formatted = str(emails[0]) if emails else str(phones[0]) if phones else ""
    if not formatted:
        return None
    lines = ["BEGIN:VCARD", "VERSION:4.0", "PRODID:-//linkedin_export//vCard writer//EN"]
    uid = _uid(urls, emails)
    if uid:
        lines.append(f"UID:{uid}")
    lines.append(f"FN:{_text(formatted)}")
    if any(parts):
        lines.append("N:" + ";".join(_text(part or "") for part in parts))
    if nickname:
        lines.append(f"NICKNAME:{_text(nickname)}")
    for index, info in enumerate(emails):
        params = "" if info.is_work is None else (";TYPE=work" if info.is_work else ";TYPE=home")
        lines.append(f"EMAIL{params}{';PREF=1' if index == 0 else ''}:{_text(str(info))}")
    for phone in phones:
        kind = _PHONE_TYPES.get(phone.number_type or "")
        type_param = f";TYPE={kind}" if kind else ""
        if phone.e164:
            ext = f";ext={phone.extension}" if phone.extension else ""
            lines.append(f"TEL;VALUE=uri{type_param}:tel:{phone.e164}{ext}")
        else:
            lines.append(f"TEL;VALUE=text{type_param}:{_text(phone.raw)}")
    company, unit = org
    if company or unit:
        lines.append("ORG:" + _text(company or "") + (f";{_text(unit)}" if unit else ""))
    if title:
        lines.append(f"TITLE:{_text(title)}")
    lines += [f"URL:{_uri(url)}" for url in urls]
    if birthday:
        lines.append(f"BDAY;VALUE=text:{_text(birthday)}")
    lines += [f"ADR:;;{_text(address)};;;;" for address in addresses]
    if notes:
        lines.append(f"NOTE:{_text(chr(10).join(notes))}")
    lines.append("END:VCARD")
    return lines


def _uid(urls: tuple[str, ...], emails: tuple[EmailInfo, ...]) -> str | None:
    """A stable ``urn:uuid:`` from the profile URL, else from the first address."""
    if urls:
        seed = urls[0]
    elif emails:
        seed = "mailto:" + (emails[0].dedupe_key or emails[0].address)
    else:
        return None
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, seed)}"


def _text(value: str) -> str:
    """A vCard TEXT value: backslash, comma, semicolon and line breaks escaped (RFC 6350 §3.4)."""
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def _uri(value: str) -> str:
    """A URI value: no escaping, but never a raw line break."""
    return "".join(value.split("\n")).replace("\r", "")


def _fold(line: str) -> str:
    """Fold a content line so that no physical line exceeds 75 octets (RFC 6350 §3.2), without
    splitting a UTF-8 character."""
    if len(line) <= 18 or len(line.encode("utf-8")) <= 75:  # 18 characters are at most 72 octets
        return line
    pieces: list[str] = []
    current: list[str] = []
    size, limit = 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, 74  # a continuation line starts with one space
        current.append(char)
        size += width
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


# --- output targets -----------------------------------------------------------------------------


@contextlib.contextmanager
def _text_output(target: Target, *, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text stream over ``target``; line ends are written as given (``newline=""``)."""
    if isinstance(target, str | os.PathLike):
        with open(target, "w", encoding=encoding, newline="") as fp:
            yield fp
        return
    if not callable(getattr(target, "write", None)):
        raise TypeError(
            f"cannot write to a {type(target).__name__}: give a path or a file object open for "
            "writing"
        )
    if isinstance(target, io.RawIOBase | io.BufferedIOBase) or "b" in str(
        getattr(target, "mode", "")
    ):
        wrapper = io.TextIOWrapper(
            cast("IO[bytes]", target), encoding=encoding, newline="", write_through=True
        )
        try:
            yield wrapper
            wrapper.flush()
        finally:
            wrapper.detach()
        return
    yield cast("TextIO", target)
