"""Does a company name match an email domain? (EMAIL_PHONE.md §2.2, "Matching the company name")

Used only as positive evidence: a match raises the confidence of a work address; no match never
makes an address personal.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata

__all__ = ["company_match", "name_tokens"]

#: Legal forms and noise words dropped from company names (a subset in the spirit of cleanco).
_DROP = frozenset(
    """inc incorporated corp corporation co company companies llc llp lp ltd limited gmbh ag kg
    ohg ug se sa sas sarl srl spa nv bv oy oyj ab as asa aps plc pty pte kk bhd sdn cv sl slu
    sro group holding holdings international intl global the of""".split()
)
#: Words that may follow a company name inside a domain label (``acmegroup``, ``fernwoodlabs``).
_BUSINESS_TAIL = frozenset(
    """group corp inc co hq global intl international labs lab tech technologies systems
    solutions software digital online app apps mail io uk us de eu usa consulting partners
    ventures capital media studio studios health bank""".split()
)
_TRANSLITERATION = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _fold(text: str, *, transliterate: bool) -> str:
    text = text.casefold()
    if transliterate:
        text = text.translate(_TRANSLITERATION)
    text = unicodedata.normalize("NFKD", text)
    return "".join(char for char in text if not unicodedata.combining(char))


def name_tokens(name: str, *, transliterate: bool = True) -> list[str]:
    """Lower-case ASCII tokens of a name, apostrophes and dotted abbreviations joined
    (``L'Oréal`` → ``loreal``, ``S.A.`` → ``sa``, ``AT&T`` → ``at and t``)."""
    text = _fold(name, transliterate=transliterate)
    text = re.sub("['\u2019`\u00b4]", "", text).replace("&", " and ").replace("+", " and ")
    text = re.sub(r"\b(\w)\.(?=\w\.)", r"\1", text).replace(".", " ")
    return [token for token in _NON_ALNUM.split(text) if token]


@functools.lru_cache(maxsize=16_384)
def company_match(company: str, label: str) -> float:
    """How well ``company`` matches a domain label (the registrable domain's first label, e.g.
    ``acme`` of ``mail.acme.co.uk``), from 0 to 1. A score of 0.75 or more is a match.

    Rules: the joined name (legal forms and noise words dropped), with or without ``and``; the first
    or last word; the acronym (``Procter & Gamble`` → ``pg``); the name followed by a business word
    (``acmegroup``) but never by anything else, so ``Apple`` does not match ``applebees``; a close
    spelling (``difflib`` ratio of at least 0.85). Accents are folded, with German transliteration
    tried as well (``Müller`` matches ``mueller`` and ``muller``).
    """
    target = label.replace("-", "").lower()
    if not target:
        return 0.0
    best = 0.0
    for transliterate in (True, False):
        tokens = name_tokens(company, transliterate=transliterate)
        kept = [t for t in tokens if t not in _DROP and t not in {"and", "und", "et", "y", "e"}]
        with_and = [t for t in tokens if t not in _DROP]
        if not kept:
            continue
        joined = "".join(kept)
        candidates = {joined: 1.0, "".join(with_and): 1.0}
        if len(kept[0]) >= 3:
            candidates.setdefault(kept[0], 0.9)
        if len(kept) >= 2 and len(kept[-1]) >= 4:
            candidates.setdefault(kept[-1], 0.8)
        if len(kept) >= 2:
            candidates.setdefault("".join(token[0] for token in kept), 0.75)
        for candidate, score in candidates.items():
            if target == candidate:
                best = max(best, score)
            elif (
                len(candidate) >= 3
                and target.startswith(candidate)
                and target[len(candidate) :] in _BUSINESS_TAIL
            ):
                best = max(best, score * 0.9)
        if len(joined) >= 4:
            ratio = difflib.SequenceMatcher(None, target, joined).ratio()
            if ratio >= 0.85:
                best = max(best, round(ratio * 0.9, 3))
    return best
