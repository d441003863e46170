"""Builders and converters of the account and jobs files (FORMATS.md §3.4, §4.10-§4.13, §4.49).

Every email address goes through :func:`~linkedin_export._builders.classify_cells` and every
phone number through :func:`~linkedin_export._builders.normalize_cells`, so they are classified
exactly as everywhere else.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from linkedin_export._builders import classify_cells, normalize_cells
from linkedin_export._values_time import instant, not_available
from linkedin_export.diagnostics import WarningCode
from linkedin_export.models import EmailInfo, FrozenDict, PhoneInfo, Record
from linkedin_export.models.account import (
    JobApplication,
    JobSeekerPreferences,
    OnlineJobPosting,
    OwnerEmailAddress,
    OwnerPhoneNumber,
    QuestionAnswer,
    SavedAnswer,
    SavedJob,
    WhatsAppNumber,
)

if TYPE_CHECKING:
    from linkedin_export._engine import RowContext

__all__ = [
    "build_email_address",
    "build_job_application",
    "build_job_seeker_preferences",
    "build_online_job_posting",
    "build_phone_number",
    "build_saved_answer",
    "build_saved_job",
    "build_whatsapp_number",
    "instant_or_missing",
    "job_id",
    "multi_value",
    "split_questions",
]

R = TypeVar("R", bound=Record)

#: The separator of multi-valued cells of the jobs files (FORMATS.md §5.2).
PIPE = " | "
_BRACKETED = re.compile(r"\[([^\]]*)\]")
_JOB_ID = re.compile(r"/jobs/view/(?:[^/?#]*?-)?(\d+)(?:[/?#]|$)")


# --- converters --------------------------------------------------------------------------------


def instant_or_missing(value: str) -> dt.datetime | None:
    """An instant, or ``None`` (and no warning) for LinkedIn's ``Not Available`` marker."""
    if not_available(value):
        return None
    return instant(value)


def multi_value(value: str) -> tuple[str, ...]:
    """A multi-valued cell as a tuple: ``a | b`` (2023 onwards) or ``[a], [b, c]`` (2018)."""
    text = value.strip()
    if text.startswith("[") and text.endswith("]"):
        return tuple(item.strip() for item in _BRACKETED.findall(text) if item.strip())
    return tuple(part.strip() for part in text.split(PIPE) if part.strip())


def job_id(url: str | None) -> str | None:
    """The numeric id of a ``https://www.linkedin.com/jobs/view/<id>`` URL, or ``None``."""
    if not url:
        return None
    match = _JOB_ID.search(url)
    return match[1] if match else None


def split_questions(ctx: RowContext, text: str | None) -> tuple[QuestionAnswer, ...]:
    """``Question:Answer | Question:Answer`` as pairs, each part split at its first ``:``.

    A part without ``:`` is kept as a question without an answer and reported.
    """
    if not text:
        return ()
    pairs: list[QuestionAnswer] = []
    for raw in text.split(PIPE):
        part = raw.strip()
        if not part:
            continue
        question, colon, answer = part.partition(":")
        if not colon:
            ctx.warn(
                WarningCode.INVALID_VALUE,
                "a question without ':' and answer; it is kept with answer=None",
                field="questions_and_answers",
                value=part,
            )
        pairs.append(QuestionAnswer(question=question.strip(), answer=answer.strip() or None))
    return tuple(pairs)


# --- builders ----------------------------------------------------------------------------------


def _make(model: type[R], f: dict[str, Any], ctx: RowContext, **override: Any) -> R:
    """``model`` from the converted fields it has, ``override`` replacing some of them."""
    names = {field.name for field in attrs.fields(model)}
    kwargs = {key: value for key, value in f.items() if key in names and key != "extra"}
    kwargs.update(override)
    kwargs["format_id"] = ctx.spec_id
    kwargs["extra"] = FrozenDict(f.get("extra") or {})
    return model(provenance=ctx.provenance(), **kwargs)


def _email(
    ctx: RowContext, f: dict[str, Any], field: str, *, company: str | None = None
) -> EmailInfo | None:
    value = f.get(field)
    infos = classify_cells(ctx, field, (value,) if value else (), company=company)
    return infos[0] if infos else None


def _phone(ctx: RowContext, f: dict[str, Any], field: str) -> PhoneInfo | None:
    value = f.get(field)
    infos = normalize_cells(ctx, field, (value,) if value else ())
    return infos[0] if infos else None


def build_email_address(f: dict[str, Any], ctx: RowContext) -> OwnerEmailAddress:
    """One of the owner's addresses, classified."""
    return _make(OwnerEmailAddress, f, ctx, email=_email(ctx, f, "email"))


def build_phone_number(f: dict[str, Any], ctx: RowContext) -> OwnerPhoneNumber:
    """One of the owner's phone numbers, normalised."""
    return _make(OwnerPhoneNumber, f, ctx, phone=_phone(ctx, f, "phone"))


def build_whatsapp_number(f: dict[str, Any], ctx: RowContext) -> WhatsAppNumber:
    """One of the owner's numbers with its WhatsApp flag."""
    return _make(WhatsAppNumber, f, ctx, phone=_phone(ctx, f, "phone"))


def build_saved_job(f: dict[str, Any], ctx: RowContext) -> SavedJob:
    """A saved job with the id of its URL."""
    return _make(SavedJob, f, ctx, job_id=job_id(f.get("job_url")))


def build_job_application(f: dict[str, Any], ctx: RowContext) -> JobApplication:
    """A job application: contact details classified, questions and answers paired."""
    return _make(
        JobApplication,
        f,
        ctx,
        contact_email=_email(ctx, f, "contact_email", company=f.get("company")),
        contact_phone=_phone(ctx, f, "contact_phone"),
        job_id=job_id(f.get("job_url")),
        questions_and_answers=split_questions(ctx, f.get("questions_and_answers")),
    )


def build_job_seeker_preferences(f: dict[str, Any], ctx: RowContext) -> JobSeekerPreferences:
    """The job-seeker preferences, the phone number normalised."""
    return _make(JobSeekerPreferences, f, ctx, phone=_phone(ctx, f, "phone"))


def build_saved_answer(f: dict[str, Any], ctx: RowContext) -> SavedAnswer:
    """A saved answer; whether it is a screening response comes from the file name."""
    screening = "screening" in ctx.file.rsplit("/", 1)[-1].lower()
    return _make(SavedAnswer, f, ctx, is_screening_response=screening)


def build_online_job_posting(f: dict[str, Any], ctx: RowContext) -> OnlineJobPosting:
    """A job the owner posted, the contact address classified."""
    return _make(
        OnlineJobPosting,
        f,
        ctx,
        contact_email=_email(ctx, f, "contact_email", company=f.get("company")),
    )
