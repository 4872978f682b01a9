"""Benchmark for the PACE coach: sentences per second on one core, and
p50 / p95 latency for one sentence at a time.

Run: .venv/bin/python bench/coach_bench.py [--rounds N]
The process is pinned to one CPU, and the model's cache is emptied before
every sentence, so no round is flattered by the one before. Sentences are
analysed one at a time, as the web page and ``harbour coach`` do (the model
never batches: see ``model.prime``).
Targets (issue 8): at least 200 sentences per second, p95 at most 30 ms.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from harbour.coach import model  # noqa: E402
from harbour.coach.analyser import analyse  # noqa: E402
from harbour.coach.corpus import load_split  # noqa: E402

TARGET_PER_SECOND = 200
TARGET_P95_MS = 30.0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    examples = load_split("train") + load_split("test")
    texts = [(e.text, e.age_stage, e.situation) for e in examples]
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core, honestly

    analyse("warm-up: compile every pattern and load the model once")
    latencies_ms: list[float] = []
    started = time.perf_counter()
    for _ in range(options.rounds):
        for text, age_stage, situation in texts:
            model.clear_cache()  # every sentence is new to the model, as in real use
            begin = time.perf_counter()
            analyse(text, age_stage=age_stage, situation=situation)
            latencies_ms.append((time.perf_counter() - begin) * 1000)
    elapsed = time.perf_counter() - started

    per_second = len(latencies_ms) / elapsed

    cuts = statistics.quantiles(latencies_ms, n=100)
    p50, p95 = cuts[49], cuts[94]
    print(f"sentences analysed: {len(latencies_ms)} (one process, one core)")
    print(
        f"throughput: {per_second:,.0f} sentences/second, one sentence at a time"
        f" (target >= {TARGET_PER_SECOND})"
    )
    print(f"latency p50: {p50:.2f} ms, p95: {p95:.2f} ms (target p95 <= {TARGET_P95_MS:.0f} ms)")
    print(f"latency max: {max(latencies_ms):.2f} ms")
    ok = per_second >= TARGET_PER_SECOND and p95 <= TARGET_P95_MS
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
