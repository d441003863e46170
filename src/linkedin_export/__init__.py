"""linkedin_export: every LinkedIn data export ever produced, as typed, immutable Python objects.

>>> import linkedin_export as lx
>>> export = lx.load(lx.sample_export_path())
>>> len(export.connections) > 0
True

See https://github.com/linkedin-export/linkedin_export and ``docs/`` for the guide.
"""

from linkedin_export._load import load, parse_file, sample_export_path
from linkedin_export._reading.source import Limits
from linkedin_export.diagnostics import DataWarning, Severity, WarningCode
from linkedin_export.emails import classify_email, classify_emails
from linkedin_export.errors import (
    DataQualityError,
    LimitExceededError,
    LinkedInExportError,
    UnreadableInputError,
)
from linkedin_export.export import Export, FileReport, ParsedFile
from linkedin_export.formats import FormatInfo, supported_formats
from linkedin_export.models import (
    Confidence,
    Connection,
    EmailInfo,
    EmailKind,
    FrozenDict,
    GenericRecord,
    PhoneInfo,
    Provenance,
    Record,
)
from linkedin_export.models.archive import ArchiveInfo, ArchiveKind
from linkedin_export.phones import normalize_phone, normalize_phones
from linkedin_export.report import QualityReport

__version__ = "0.1.0.dev0"

__all__ = [
    "ArchiveInfo",
    "ArchiveKind",
    "Confidence",
    "Connection",
    "DataQualityError",
    "DataWarning",
    "EmailInfo",
    "EmailKind",
    "Export",
    "FileReport",
    "FormatInfo",
    "FrozenDict",
    "GenericRecord",
    "LimitExceededError",
    "Limits",
    "LinkedInExportError",
    "ParsedFile",
    "PhoneInfo",
    "Provenance",
    "QualityReport",
    "Record",
    "Severity",
    "UnreadableInputError",
    "WarningCode",
    "__version__",
    "classify_email",
    "classify_emails",
    "load",
    "normalize_phone",
    "normalize_phones",
    "parse_file",
    "sample_export_path",
    "supported_formats",
]
