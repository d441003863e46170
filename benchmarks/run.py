"""Benchmarks, one command: ``python benchmarks/run.py``.

Install ``pip install -e ".[pandas]"`` first for the pandas comparison.

Synthetic data is generated on the fly; every figure is a ratio measured in the same run, against
Python's C ``csv.reader`` over the same bytes (the floor: nothing can tokenise faster) and against
``pandas.read_csv`` in a fresh process, import included (what a notebook user pays). Never asserted
in tests: machines are noisy (DESIGN.md, "Performance targets").
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PREAMBLE = 'Notes:\n"When exporting your connection data, you may notice ..."\n\n'
HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
FIRST = "Mara Tomas Ines Kenji Zoë Amara Lukas Priya Soren Elif Mateo Hana Oskar Leila".split()
LAST = "Quill Reyne Okafor Watanabe-Lund Ferreira Castellanos Brandvold Iyer Haldane".split()
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def connections_csv(rows: int, email_share: float, seed: int = 7) -> bytes:
    """A Connections.csv (2023 layout) with ``rows`` rows, ``email_share`` of them with an email."""
    rng = random.Random(seed)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for index in range(rows):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = ""
        if rng.random() < email_share:
            domain = rng.choice(("gmail.com", "outlook.com", f"company{index % 900}.io"))
            email = f"{first}.{last}{index}@{domain}".lower()
        writer.writerow(
            [
                first,
                last,
                f"https://www.linkedin.com/in/{first}-{last}-{index:x}".lower(),
                email,
                f"Company {index % 900}",
                rng.choice(("Engineer", "Product Manager", "Founder & CEO", "Designer")),
                f"{rng.randrange(1, 29):02d} {rng.choice(MONTHS)} {rng.randrange(2008, 2027)}",
            ]
        )
    return (PREAMBLE + out.getvalue().rstrip("\n")).encode("utf-8")


MESSAGES_HEADER = [
    "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
    "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS",
    "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT",
]  # fmt: skip
WORDS = "thanks for the intro happy to meet next week about the project proposal review".split()


def write_messages_csv(path: Path, rows: int, seed: int = 5) -> int:
    """A 2025-26 messages.csv (every field quoted, CRLF) of ``rows`` messages between the owner
    and 2,000 invented people, about 370 bytes a row; one in five bodies is HTML over two lines.
    Written in blocks, never held whole. Returns the file size."""
    rng = random.Random(seed)
    people = [
        (f"{rng.choice(FIRST)} {rng.choice(LAST)}", f"https://www.linkedin.com/in/p-{i:x}")
        for i in range(2000)
    ]
    owner = ("Mara Quill", "https://www.linkedin.com/in/mara-quill-4b1a2c")
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(MESSAGES_HEADER)
        for index in range(rows):
            other = people[index // 7 % len(people)]
            sender, recipient = (owner, other) if rng.random() < 0.5 else (other, owner)
            body = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(10, 50)))
            if index % 5 == 0:
                body = f"<p>{body}</p>\n<p>{body[:40]}</p>"
            month, day = rng.randrange(1, 13), rng.randrange(1, 29)
            hour, minute, second = rng.randrange(24), rng.randrange(60), rng.randrange(60)
            writer.writerow(
                [
                    f"2-{index // 7:012x}",
                    "",
                    sender[0],
                    sender[1],
                    recipient[0],
                    recipient[1],
                    f"2025-{month:02d}-{day:02d} {hour:02d}:{minute:02d}:{second:02d} UTC",
                    "",
                    body,
                    "INBOX",
                    "",
                    "No",
                    "No",
                ]
            )
    return path.stat().st_size


#: Run in a fresh process: time and peak memory of streaming every message of a file.
_ITER_MESSAGES = """
import resource, sys, time
import linkedin_export as lx
start = time.perf_counter()
export = lx.load(sys.argv[1])
count = sum(1 for _ in export.iter_messages())
elapsed = time.perf_counter() - start
try:  # VmHWM: the peak of this process's own memory (ru_maxrss survives exec on Linux, so
    # it would report the parent's peak when the parent is larger)
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(count, elapsed, peak)
"""


def messages_benchmarks(sizes: list[int], repeat: int) -> list[str]:
    """``iter_messages()`` against a bare ``csv.reader`` pass over the same file, and the peak
    memory (RSS) of a process that streams it, at each size."""
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        for rows in sizes:
            path = Path(folder) / "messages.csv"
            size = write_messages_csv(path, rows)

            def bare_csv(path: Path = path) -> None:
                with path.open(encoding="utf-8", newline="") as fh:
                    for _ in csv.reader(fh):
                        pass

            floor = best_of(repeat, bare_csv)
            runs = []
            for _ in range(repeat):
                done = subprocess.run(
                    [sys.executable, "-c", _ITER_MESSAGES, str(path)],
                    check=True,
                    capture_output=True,
                    text=True,
                )
                count, seconds, kib = done.stdout.split()
                assert int(count) == rows, (count, rows)
                runs.append((float(seconds), int(kib) / 1024))
            elapsed = min(r[0] for r in runs)
            peak = max(r[1] for r in runs)
            lines += [
                f"messages.csv: {rows} rows, {size / 1e6:.0f} MB",
                f"  csv.reader pass (floor)         {floor * 1000:8.1f} ms",
                (
                    f"  load + iter_messages()          {elapsed * 1000:8.1f} ms"
                    f"  = {floor / elapsed:5.1%} of csv.reader throughput"
                ),
                f"  peak memory (RSS), fresh process {peak:7.1f} MB",
            ]
            path.unlink()
    return lines


FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


def scaled_archive(copies: int) -> bytes:
    """A zip holding every golden fixture input (every known file version), each table's data
    rows repeated ``copies`` times, in the file's own encoding and delimiter."""
    import zipfile

    from linkedin_export._formats import header_score
    from linkedin_export._reading.decode import decode
    from linkedin_export._reading.table import read_table

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(FIXTURES.glob("**/input.*")):
            name = path.relative_to(FIXTURES).as_posix()
            data = path.read_bytes()
            if path.suffix.lower() not in {".csv", ".tsv", ".txt"}:
                archive.writestr(name, data)
                continue
            decoded = decode(data)
            table = read_table(decoded.text, header_score=header_score)
            if table.header_line is None:
                archive.writestr(name, data)
                continue
            lines = decoded.text.splitlines(keepends=True)
            head = "".join(lines[: table.header_line])
            rows = list(csv.reader(io.StringIO("".join(lines[table.header_line :]), newline="")))
            out = io.StringIO()
            writer = csv.writer(out, delimiter=table.delimiter or ",", lineterminator="\n")
            for _ in range(copies):
                writer.writerows(rows)
            archive.writestr(name, (head + out.getvalue()).encode(decoded.encoding))
    return buffer.getvalue()


def archive_benchmarks(base: int, repeat: int) -> list[str]:
    """Load time of the synthetic archive at ``base`` and ``4 * base`` copies: linear growth
    gives a ratio of 4."""
    import linkedin_export as lx

    lx.load(scaled_archive(1), name="archive.zip")  # first use: imports and domain lists
    timings = {}
    sizes = {}
    for copies in (base, 4 * base):
        data = scaled_archive(copies)
        sizes[copies] = len(data)

        def cold(data: bytes = data) -> None:
            clear_caches()  # repeated rows would otherwise be classified once
            lx.load(data, name="archive.zip")

        timings[copies] = best_of(repeat, cold)
    small, large = timings[base], timings[4 * base]
    count = len(list(FIXTURES.glob("**/input.*")))
    return [
        f"Archive of every fixture input ({count} files), data rows x{base} and x{4 * base}",
        (
            f"  load, x{base:<4}                     {small * 1000:8.1f} ms"
            f"  ({sizes[base] / 1e6:.1f} MB zipped)"
        ),
        (
            f"  load, x{4 * base:<4}                     {large * 1000:8.1f} ms"
            f"  ({sizes[4 * base] / 1e6:.1f} MB zipped)"
        ),
        f"  growth for 4x the rows           {large / small:8.2f}x  (linear: 4.00x)",
    ]


def best_of(repeat: int, function: object) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()  # type: ignore[operator]
        timings.append(time.perf_counter() - start)
    return min(timings)


def in_fresh_process(code: str) -> float:
    """Wall time of ``python -c code`` (interpreter start-up included), best of 3."""
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        timings.append(time.perf_counter() - start)
    return min(timings)


def email_addresses(count: int, seed: int = 11) -> list[str]:
    """Realistic, distinct addresses: 30% at free-mail providers, the rest at company domains,
    with some role, education, government and invalid ones."""
    rng = random.Random(seed)
    free = (
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "hotmail.com",
        "icloud.com",
        "gmx.de",
        "web.de",
    )
    out = []
    for index in range(count):
        first, last = rng.choice(FIRST).lower(), rng.choice(LAST).lower()
        roll = rng.random()
        if roll < 0.30:
            domain = rng.choice(free)
        elif roll < 0.33:
            domain = rng.choice(("stanford.edu", "ox.ac.uk", "cs.tum.de", "unimelb.edu.au"))
        elif roll < 0.34:
            domain = rng.choice(("agency.gov.uk", "state.gov", "ec.europa.eu"))
        else:
            domain = f"company{index % 2000}.{rng.choice(('com', 'io', 'co.uk', 'de'))}"
        local = f"{first}.{last}{index}"
        if rng.random() < 0.02:
            local = rng.choice(("info", "sales", "noreply"))
        if rng.random() < 0.01:
            local += ".."
        out.append(f"{local}@{domain}")
    return out


def phone_numbers(count: int, seed: int = 13) -> list[str]:
    """Realistic, distinct numbers: US, GB, DE, FR, IN, some with extensions, 8% garbage."""
    rng = random.Random(seed)
    out = []
    for index in range(count):
        roll = rng.random()
        if roll < 0.08:
            out.append(rng.choice(("n/a", "4.15555E+09", "call me", "123")) + str(index % 10))
            continue
        kind = rng.choice(("US", "GB", "DE", "FR", "IN"))
        digits = f"{index:07d}"[-7:]
        number = {
            "US": f"+1 212 555 {digits[-4:]}",
            "GB": f"+44 20 7946 {digits[-4:]}",
            "DE": f"+49 30 {digits}",
            "FR": f"+33 1 99 00 {digits[-4:-2]} {digits[-2:]}",
            "IN": f"+91 98{digits[:3]} {digits[3:]}{index % 10}",
        }[kind]
        if rng.random() < 0.1:
            number += f" x{rng.randrange(10, 999)}"
        out.append(number)
    return out


def clear_caches() -> None:
    """Forget every memoised classification and normalisation, so that runs measure cold."""
    from linkedin_export import phones
    from linkedin_export.emails import _classify, _company, _data

    for module in (phones, _classify, _company):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and value is not _data.domain_data:
                value.cache_clear()


def contact_benchmarks(count: int) -> list[str]:
    """Cold (cache cleared) classification and normalisation of ``count`` distinct values."""
    import linkedin_export as lx
    from linkedin_export.emails import _data

    lines = []
    _data.domain_data.cache_clear()
    start = time.perf_counter()
    _data.domain_data()
    lines.append(
        f"  domain lists loaded (first use)  {(time.perf_counter() - start) * 1000:8.1f} ms"
    )
    addresses = email_addresses(count)
    clear_caches()
    start = time.perf_counter()
    kinds: dict[str, int] = {}
    for address in addresses:
        kind = lx.classify_email(address).kind.value
        kinds[kind] = kinds.get(kind, 0) + 1
    elapsed = time.perf_counter() - start
    lines.append(
        f"  classify_email x {count}        {elapsed * 1000:8.1f} ms"
        f"  ({elapsed / count * 1e6:.1f} us each; {kinds})"
    )
    numbers = phone_numbers(count)
    clear_caches()
    start = time.perf_counter()
    valid = sum(lx.normalize_phone(number).is_valid for number in numbers)
    elapsed = time.perf_counter() - start
    lines.append(
        f"  normalize_phone x {count}       {elapsed * 1000:8.1f} ms"
        f"  ({elapsed / count * 1e6:.1f} us each; {valid} valid)"
    )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--messages",
        type=int,
        nargs="*",
        default=[100_000, 500_000],
        help="messages.csv sizes for iter_messages() (none: skip)",
    )
    parser.add_argument("--only-messages", action="store_true", help="skip the other benchmarks")
    parser.add_argument(
        "--archive-copies", type=int, default=100, help="row copies of the 1x archive (4x too)"
    )
    parser.add_argument("--only-archive", action="store_true", help="only the archive benchmark")
    args = parser.parse_args()
    if args.only_archive:
        print("\n".join(archive_benchmarks(args.archive_copies, args.repeat)))
        return 0
    if args.only_messages:
        print("\n".join(messages_benchmarks(args.messages, args.repeat)))
        return 0

    data = connections_csv(args.rows, email_share=0.3)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Connections.csv"
        path.write_bytes(data)

        def bare_csv() -> None:
            for _ in csv.reader(io.StringIO(data.decode("utf-8"), newline="")):
                pass

        def lx_load_cold() -> None:
            import linkedin_export as lx

            clear_caches()
            lx.load(path)

        floor = best_of(args.repeat, bare_csv)
        library = best_of(args.repeat, lx_load_cold)
        empty = in_fresh_process("pass")
        imported = in_fresh_process("import linkedin_export")
        loaded = in_fresh_process(f"import linkedin_export as lx; lx.load({str(path)!r})")
        try:
            pandas = in_fresh_process(f"import pandas; pandas.read_csv({str(path)!r}, skiprows=3)")
        except subprocess.CalledProcessError:
            pandas = float("nan")

    size = len(data) / 1e6
    lines = [
        f"Connections.csv: {args.rows} rows, 30% with an email, {size:.1f} MB",
        f"  csv.reader pass (floor)         {floor * 1000:8.1f} ms",
        (
            f"  lx.load, in process             {library * 1000:8.1f} ms"
            f"  = {library / floor:5.1f}x csv.reader"
        ),
        f"  lx.load, fresh process          {loaded * 1000:8.1f} ms  (start-up, import included)",
        (
            f"  pandas.read_csv, fresh process  {pandas * 1000:8.1f} ms"
            f"  (lx takes {loaded / pandas:4.2f}x as long)"
        ),
        (
            f"  import linkedin_export          {(imported - empty) * 1000:8.1f} ms"
            "  (fresh process, start-up subtracted)"
        ),
        f"  per row                         {library / args.rows * 1e6:8.1f} us",
    ]
    lines.append(f"Emails and phones: {args.rows} distinct values each")
    lines.extend(contact_benchmarks(args.rows))
    lines.extend(archive_benchmarks(args.archive_copies, args.repeat))
    lines.extend(messages_benchmarks(args.messages, args.repeat))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
