"""A small matcher for the ICANN section of the Public Suffix List (rules, ``*`` and ``!``)."""

from __future__ import annotations

__all__ = ["PublicSuffixList"]


class PublicSuffixList:
    """Public suffixes and registrable domains, from the text of ``public_suffix_list.dat``.

    Domains are given as lower-case ASCII (IDNA) names. Only the ICANN section is shipped, so
    hosting providers' private suffixes (``github.io``) are ordinary domains here.
    """

    __slots__ = ("_exceptions", "_rules", "_tlds", "_wildcards")

    def __init__(self, text: str) -> None:
        self._rules: set[str] = set()
        self._wildcards: set[str] = set()
        self._exceptions: set[str] = set()
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith("//"):
                continue
            rule = (
                line.split()[0].lower().encode("idna").decode("ascii")
                if not line.isascii()
                else line.split()[0].lower()
            )
            if rule.startswith("!"):
                self._exceptions.add(rule[1:])
            elif rule.startswith("*."):
                self._wildcards.add(rule[2:])
            else:
                self._rules.add(rule)
        # A top-level domain is the last label of any rule (``za`` has only ``ac.za``-style rules).
        self._tlds = frozenset(
            rule.rsplit(".", 1)[-1] for rule in self._rules | self._wildcards | self._exceptions
        )

    def is_known_tld(self, domain: str) -> bool:
        """Whether the last label of ``domain`` is a top-level domain of the list."""
        return domain.rsplit(".", 1)[-1] in self._tlds

    def public_suffix(self, domain: str) -> str:
        """The longest public suffix of ``domain`` (the last label when no rule matches)."""
        labels = domain.split(".")
        for index in range(len(labels)):
            candidate = ".".join(labels[index:])
            if candidate in self._exceptions:
                return ".".join(labels[index + 1 :])
            if candidate in self._rules:
                return candidate
            if index + 1 < len(labels) and ".".join(labels[index + 1 :]) in self._wildcards:
                return candidate
        return labels[-1]

    def registrable_domain(self, domain: str) -> str | None:
        """The public suffix plus one label (``acme.co.uk`` for ``mail.acme.co.uk``), or ``None``
        when ``domain`` is itself a public suffix."""
        suffix = self.public_suffix(domain)
        if domain == suffix:
            return None
        head = domain[: -len(suffix) - 1]
        return f"{head.rsplit('.', 1)[-1]}.{suffix}"
