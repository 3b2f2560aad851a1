#!/usr/bin/env python3
"""The vectorised numpy peer of vertsval's SMAA-2 benchmark "uniform on the simplex".

For benchmarking only; `swift test` never needs it (`pip install numpy`).

The problem is the one `smaaSimplexProblem()` in Sources/vertsval-bench/SMAABenchmark.swift
builds: 10 alternatives × 12 criteria, fixed values drawn from SplitMix64(seed 7) uniform in
[20, 80), weights uniform on the whole simplex (normalised exponentials). Computed: rank
acceptabilities and central weights over N draws, in chunks of 100 000 (numpy's own
generator, so the figures agree with vertsval's within Monte Carlo error, not bit for bit).

Prints JSON: {"samples", "medianMs", "minMs", "runs", "firstRank": [...]}; the time is the
computation only (not the interpreter's start), median over --runs.
"""

import argparse
import json
import statistics
import time

import numpy as np

MASK = (1 << 64) - 1


def splitmix(seed):
    state = seed
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def problem(m=10, n=12):
    rng = splitmix(7)
    uniform = lambda low, high: low + (high - low) * (next(rng) >> 11) / float(1 << 53)
    return np.array([[uniform(20, 80) for _ in range(n)] for _ in range(m)])


def smaa(values, samples, seed, chunk=100_000):
    m, n = values.shape
    rng = np.random.default_rng(seed)
    ranks = np.zeros((m, m))
    central = np.zeros((m, n))
    done = 0
    while done < samples:
        k = min(chunk, samples - done)
        w = rng.standard_exponential((k, n))
        w /= w.sum(axis=1, keepdims=True)
        totals = w @ values.T                      # k × m
        order = np.argsort(-totals, axis=1)        # the per-draw argsort
        rank = np.argsort(order, axis=1)           # its inverse: each alternative's rank
        cells = (np.arange(m) * m)[None, :] + rank
        ranks += np.bincount(cells.ravel(), minlength=m * m).reshape(m, m)
        first = order[:, 0]
        np.add.at(central, first, w)
        done += k
    counts = ranks[:, 0].copy()
    with np.errstate(invalid="ignore", divide="ignore"):
        central = central / counts[:, None]
    return ranks / samples, central


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    values = problem()
    times = []
    result = None
    for run in range(args.runs + 1):
        start = time.perf_counter()
        result = smaa(values, args.samples, seed=1 + run)
        if run > 0:  # the first run warms up
            times.append(1000 * (time.perf_counter() - start))
    ranks, _ = result
    print(json.dumps({
        "samples": args.samples, "runs": args.runs, "medianMs": statistics.median(times), "minMs": min(times),
        "firstRank": [round(x, 5) for x in ranks[:, 0]],
    }))


if __name__ == "__main__":
    main()
