"""Public models: immutable, slotted ``attrs`` classes grouped by domain."""

from linkedin_export.models._base import FrozenDict, Provenance, Record
from linkedin_export.models.contact import Confidence, EmailInfo, EmailKind, PhoneInfo
from linkedin_export.models.generic import GenericRecord
from linkedin_export.models.network import Connection

__all__ = [
    "Confidence",
    "Connection",
    "EmailInfo",
    "EmailKind",
    "FrozenDict",
    "GenericRecord",
    "PhoneInfo",
    "Provenance",
    "Record",
]
