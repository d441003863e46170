"""The quality report: what is wrong with an export, and how complete it is."""

from __future__ import annotations

import html
from collections import Counter
from typing import TYPE_CHECKING, Any

import attrs

from linkedin_export.diagnostics import Severity
from linkedin_export.models import EmailKind, FrozenDict

if TYPE_CHECKING:
    from linkedin_export.export import Export

__all__ = ["QualityReport"]


@attrs.frozen(kw_only=True)
class QualityReport:
    """Counts of warnings and coverage figures of one export (``export.report()``).

    Attributes:
        source: what was loaded.
        files: number of files.
        warnings: total number of warnings.
        by_code: warning count per code (kebab-case string), most frequent first.
        by_severity: warning count per severity.
        by_file: per file, warning count per code.
        connections: number of connections.
        hidden_members: connections with only a date (hidden or closed members).
        with_email: connections with at least one email address.
        email_kinds: connections' email addresses per kind (``work``, ``personal``, …).
        without_profile_url: visible connections without a profile URL.
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

    @classmethod
    def of(cls, export: Export) -> QualityReport:
        """Compute the report of ``export``."""
        by_code = Counter(str(w.code) for w in export.warnings)
        by_severity = Counter(str(w.severity) for w in export.warnings)
        by_file: dict[str, Counter[str]] = {}
        for warning in export.warnings:
            by_file.setdefault(warning.file or "<export>", Counter())[str(warning.code)] += 1
        kinds = Counter(str(e.kind) for c in export.connections for e in c.emails)
        visible = [c for c in export.connections if not c.is_hidden]
        return cls(
            source=export.source,
            files=len(export.files),
            warnings=len(export.warnings),
            by_code=FrozenDict(dict(by_code.most_common())),
            by_severity=FrozenDict(
                {s.value: by_severity[s.value] for s in Severity if by_severity[s.value]}
            ),
            by_file=FrozenDict(
                {name: FrozenDict(dict(c.most_common())) for name, c in by_file.items()}
            ),
            connections=len(export.connections),
            hidden_members=len(export.connections) - len(visible),
            with_email=sum(1 for c in export.connections if c.email is not None),
            email_kinds=FrozenDict({k.value: kinds[k.value] for k in EmailKind if kinds[k.value]}),
            without_profile_url=sum(1 for c in visible if c.profile_url is None),
        )

    @property
    def email_share(self) -> float:
        """Share of connections with an email address (0 when there are none)."""
        return self.with_email / self.connections if self.connections else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Plain ``dict``/``int``/``str`` values, ready for ``json.dumps``."""
        return {
            "source": self.source,
            "files": self.files,
            "warnings": self.warnings,
            "by_code": dict(self.by_code),
            "by_severity": dict(self.by_severity),
            "by_file": {name: dict(codes) for name, codes in self.by_file.items()},
            "connections": {
                "total": self.connections,
                "hidden_members": self.hidden_members,
                "with_email": self.with_email,
                "email_share": round(self.email_share, 4),
                "email_kinds": dict(self.email_kinds),
                "without_profile_url": self.without_profile_url,
            },
        }

    def __str__(self) -> str:
        lines = [f"Quality report for {self.source}", ""]
        lines.append(
            f"Connections: {self.connections} ({self.hidden_members} hidden members, "
            f"{self.without_profile_url} visible without a profile URL)"
        )
        lines.append(f"  with an email address: {self.with_email} ({self.email_share:.0%})")
        for kind, count in self.email_kinds.items():
            lines.append(f"    {kind:<11} {count:>6}")
        lines.append("")
        severities = ", ".join(f"{n} {s}" for s, n in self.by_severity.items())
        lines.append(f"Warnings: {self.warnings}" + (f" ({severities})" if severities else ""))
        for code, count in self.by_code.items():
            lines.append(f"  {code:<24} {count:>6}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        codes = "".join(
            f"<tr><td>{html.escape(code)}</td><td>{count}</td></tr>"
            for code, count in self.by_code.items()
        )
        kinds = "".join(
            f"<tr><td>{html.escape(kind)}</td><td>{count}</td></tr>"
            for kind, count in self.email_kinds.items()
        )
        return (
            f"<p><b>Quality report</b> {html.escape(self.source)}: {self.connections} connections, "
            f"{self.with_email} with an email ({self.email_share:.0%}), "
            f"{self.warnings} warnings</p>"
            f"<table><thead><tr><th>email kind</th><th>count</th></tr></thead>{kinds}</table>"
            f"<table><thead><tr><th>warning code</th><th>count</th></tr></thead>{codes}</table>"
        )
