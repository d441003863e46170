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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=30_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    data = connections_csv(args.rows, email_share=0.3)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "Connections.csv"
        path.write_bytes(data)

        def bare_csv() -> None:
            for _ in csv.reader(io.StringIO(data.decode("utf-8"), newline="")):
                pass

        def lx_load_cold() -> None:
            import linkedin_export as lx
            from linkedin_export import emails, phones

            emails._classify.cache_clear()
            phones._normalize.cache_clear()
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
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
