"""The benchmark's workload in numpy, as a researcher would write it: vectorised leaf scores
(linear and log goalposts, clamped), dimension sums, sector-weighted totals, the total and each
dimension rounded to 2 decimals, competition ranks overall and per sector. Reads the columns that
bench/_dump.ts wrote (the same applicants as the other paths) and prints one JSON line:
{ path, size, ms, peakMB, checksum, rankChecksum }. Run by bench/score.bench.ts when numpy is present.
"""
import json
import resource
import sys
import time

import numpy as np

DIMENSIONS, PER_DIMENSION = 5, 8
LEAVES = DIMENSIONS * PER_DIMENSION
WEIGHTS = np.array([[3, 2, 2, 2, 1], [2, 3, 2, 1, 2], [2, 2, 2, 2, 2]], dtype=np.float64) / 10


def ranks(totals: np.ndarray) -> np.ndarray:
    """Competition ranks (1224): one plus how many are strictly higher."""
    order = np.sort(-totals)
    return np.searchsorted(order, -totals, side="left") + 1


def pipeline(values: np.ndarray, sector: np.ndarray):
    n = values.shape[1]
    lower = np.array([1.0 if k % 8 == 7 else 0.0 for k in range(LEAVES)])[:, None]
    upper = np.array([10_000.0 if k % 8 == 7 else 1000.0 for k in range(LEAVES)])[:, None]
    is_log = np.array([k % 8 == 7 for k in range(LEAVES)])
    scores = np.empty_like(values)
    lin = ~is_log
    scores[lin] = np.clip((values[lin] - lower[lin]) / (upper[lin] - lower[lin]), 0, 1)
    logv = values[is_log]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (np.log(np.maximum(logv, lower[is_log])) - np.log(lower[is_log])) / (
            np.log(upper[is_log]) - np.log(lower[is_log])
        )
    scores[is_log] = np.clip(t, 0, 1)
    dimension = 12.5 * scores.reshape(DIMENSIONS, PER_DIMENSION, n).sum(axis=1)
    totals = np.round((WEIGHTS[sector].T * dimension).sum(axis=0) * 100)
    published = np.round(dimension * 100)
    overall = ranks(totals)
    by_sector = np.empty(n, dtype=np.int64)
    for s in range(3):
        rows = np.nonzero(sector == s)[0]
        by_sector[rows] = ranks(totals[rows])
    return totals, published, overall, by_sector


def main() -> None:
    folder, size = sys.argv[1], int(sys.argv[2])
    values = np.fromfile(f"{folder}/values.f64", dtype=np.float64).reshape(LEAVES, size)
    sector = np.fromfile(f"{folder}/sectors.u8", dtype=np.uint8)
    runs = 50 if size <= 10_000 else 20 if size <= 100_000 else 5
    pipeline(values, sector)  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        totals, _, overall, by_sector = pipeline(values, sector)
        times.append((time.perf_counter() - start) * 1000)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    checksum = float(totals.sum())
    # The ranks weighted by position, as bench/_one.ts sums scoreColumns' ranks.
    weights = np.arange(size) % 97 + 1
    rank_checksum = float(((overall + 3 * by_sector) * weights).sum())
    print(json.dumps({"path": "numpy", "size": size, "ms": sum(times) / len(times),
                      "peakMB": peak, "recomputed": -1, "checksum": checksum, "rankChecksum": rank_checksum,
                      "firstRanks": overall[:5].tolist()}))


if __name__ == "__main__":
    main()
