"""The exception hierarchy.

There is one root, :class:`LinkedInExportError`, which is also a :class:`ValueError`. It is
raised only for input that cannot be read at all (not a zip, CSV or vCard; an encrypted archive;
a safety limit exceeded), and, as :class:`MissingDependencyError`, when an optional extra that a
function needs (pandas for ``to_frame``) is not installed. Problems *inside* readable data are
:class:`~linkedin_export.DataWarning` values, never exceptions, unless ``strict=True`` is passed to
:func:`~linkedin_export.load`, which raises one :class:`DataQualityError` carrying all of them.

Every exception here pickles cleanly, so work can be sent to ``multiprocessing`` pools.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linkedin_export.diagnostics import DataWarning

__all__ = [
    "DataQualityError",
    "DifferentMembersError",
    "LimitExceededError",
    "LinkedInExportError",
    "MissingDependencyError",
    "UnreadableInputError",
]


class LinkedInExportError(ValueError):
    """Root of every error raised by :mod:`linkedin_export`.

    The message always says what is wrong and what to do about it.
    """


class UnreadableInputError(LinkedInExportError):
    """The input is not something this library can read: not a zip archive, a CSV or a vCard file,
    a damaged or encrypted archive, or a path that does not exist."""


class LimitExceededError(LinkedInExportError):
    """A safety limit was exceeded (entry count, uncompressed size, compression ratio, nesting).

    Attributes:
        limit: the name of the limit (a field of :class:`~linkedin_export.Limits`).
    """

    def __init__(self, message: str, limit: str) -> None:
        super().__init__(message)
        self.limit = limit

    def __reduce__(self) -> tuple[type[LimitExceededError], tuple[str, str]]:
        return (type(self), (str(self), self.limit))


class DataQualityError(LinkedInExportError):
    """Raised by ``load(..., strict=True)`` when the export produced warnings of severity
    ``warning`` or ``error``.

    Attributes:
        warnings: every warning of the load, in the order they were found (not only the first).
    """

    def __init__(self, message: str, warnings: Sequence[DataWarning]) -> None:
        super().__init__(message)
        self.warnings: tuple[DataWarning, ...] = tuple(warnings)

    def __reduce__(
        self,
    ) -> tuple[type[DataQualityError], tuple[str, tuple[DataWarning, ...]]]:
        return (type(self), (str(self), self.warnings))


class MissingDependencyError(LinkedInExportError, ImportError):
    """An optional dependency is not installed (pandas, for ``to_frame``); the message says
    which extra to install (``pip install "linkedin-export[pandas]"``).

    It is also an :class:`ImportError`, so ``except ImportError`` around optional features works.

    Attributes:
        package: the name of the missing package (``pandas``).
    """

    def __init__(self, message: str, package: str) -> None:
        super().__init__(message)
        self.package = package
        self.name = package

    def __reduce__(self) -> tuple[type[MissingDependencyError], tuple[str, str]]:
        return (type(self), (str(self), self.package))


class DifferentMembersError(LinkedInExportError):
    """:func:`~linkedin_export.merge` or :func:`~linkedin_export.diff` was given exports of
    different members: their owners are known on both sides (name, email addresses, phone
    numbers) and have nothing in common. Pass ``check_owner=False`` when they are the same member
    under another name and other addresses."""
