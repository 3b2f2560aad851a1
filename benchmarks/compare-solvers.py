#!/usr/bin/env python3
"""Run HiGHS and CBC on the LP files vertsval exported, for the scaling comparison table.

For benchmarking only; `swift test` never needs any of this.

Install (once):
    pip install highspy                 # HiGHS (PyPI)
    apt-get install -y coinor-cbc       # CBC (Debian)

Export the models (the same ones vertsval solves) and run both solvers:
    swift build -c release
    VERTSVAL_EXPORT_ONLY=1 VERTSVAL_EXPORT_LP=/tmp/vertsval-lp \\
        VERTSVAL_GAP_DIR=../shared/benchmarks/gap .build/release/vertsval-bench > /dev/null
    python3 benchmarks/compare-solvers.py /tmp/vertsval-lp/manifest.json --runs 3 --out /tmp/solvers.json

Both solvers run single-threaded (threads=1) with each instance's time limit from the
manifest. Objectives are reported in the instance's own sense (`offset + factor * LP
objective`, e.g. minimisation costs for Yagiura's files). For instances with a known
optimum, HiGHS's time to first reach it is taken from its improving-solution callback.
Times are wall-clock seconds, median over --runs; the machine is shared and noisy.

Options: --only GROUP[,GROUP] (orlib, yagiura, typeD, synthetic), --solvers highs,cbc,
--table BENCH.json (vertsval-bench output; prints a Markdown table joining both).
"""

import argparse
import json
import re
import statistics
import subprocess
import sys
import time


def run_highs(entry):
    import highspy

    h = highspy.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    h.setOptionValue("time_limit", float(entry["timeLimit"]))
    # Prove optimality exactly (HiGHS's default mip_rel_gap 1e-4 stops early on these sizes);
    # every objective here is integral, so a gap below 1 is closed.
    h.setOptionValue("mip_rel_gap", 0.0)
    h.setOptionValue("mip_abs_gap", 1 - 1e-6 if entry.get("integral", True) else 0.0)
    h.readModel(entry["lp"])
    start = time.time()
    hits = []

    def on_solution(event):
        hits.append((time.time() - start, event.data_out.objective_function_value))

    h.cbMipImprovingSolution.subscribe(on_solution)
    h.run()
    seconds = time.time() - start
    info = h.getInfo()
    status = h.modelStatusToString(h.getModelStatus())
    objective = info.objective_function_value if info.primal_solution_status == 2 else None
    bound = info.mip_dual_bound
    reach = None
    if entry.get("known") is not None:
        for at, value in hits:
            if abs(to_instance(entry, value) - entry["known"]) < 0.5:
                reach = at
                break
    return {
        "seconds": seconds,
        "status": status,
        "objective": to_instance(entry, objective),
        "bound": to_instance(entry, bound),
        "reach": reach,
    }


def run_cbc(entry):
    start = time.time()
    try:
        out = subprocess.run(
            ["cbc", entry["lp"], "-threads", "1", "-sec", str(entry["timeLimit"]), "-allowableGap", "0.999999", "-ratioGap", "0",
             "-solve", "-quit"],
            capture_output=True, text=True, timeout=float(entry["timeLimit"]) * 3 + 60,
        ).stdout
    except subprocess.TimeoutExpired:
        return {"seconds": time.time() - start, "status": "killed", "objective": None, "bound": None, "reach": None}
    seconds = time.time() - start
    status = "optimal" if "Optimal solution found" in out else ("time limit" if "Stopped on time" in out else "other")
    objective = None
    match = re.search(r"Objective value:\s+(-?[\d.eE+-]+)", out)
    if match and "No feasible solution" not in out:
        objective = float(match.group(1))
    bound = None
    # CBC states the bound in the LP's own sense: "Upper bound" for a Maximize LP, "Lower
    # bound" for a Minimize one.
    match = re.search(r"(?:Lower|Upper) bound:\s+(-?[\d.eE+-]+)", out)
    if match:
        bound = float(match.group(1))
    if status == "optimal":
        bound = objective
    return {
        "seconds": seconds,
        "status": status,
        "objective": to_instance(entry, objective),
        "bound": to_instance(entry, bound),
        "reach": None,
    }


def to_instance(entry, value):
    if value is None:
        return None
    return entry["offset"] + entry["factor"] * value


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("manifest")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="")
    parser.add_argument("--solvers", default="highs,cbc")
    parser.add_argument("--out", default="")
    parser.add_argument("--table", default="")
    args = parser.parse_args()
    with open(args.manifest) as f:
        entries = json.load(f)
    groups = set(filter(None, args.only.split(",")))
    if groups:
        entries = [e for e in entries if e["group"] in groups]
    solvers = {"highs": run_highs, "cbc": run_cbc}
    results = []
    for entry in entries:
        row = {"name": entry["name"], "group": entry["group"], "known": entry.get("known")}
        for name in args.solvers.split(","):
            runs = [solvers[name](entry) for _ in range(args.runs)]
            row[name] = {
                "seconds": median([r["seconds"] for r in runs]),
                "reach": median([r["reach"] for r in runs]) if all(r["reach"] is not None for r in runs) else None,
                "objective": median([r["objective"] for r in runs]),
                "bound": median([r["bound"] for r in runs]),
                "status": "/".join(sorted(set(r["status"] for r in runs))),
                "runs": runs,
            }
        results.append(row)
        print(json.dumps({k: (v if not isinstance(v, dict) else {x: y for x, y in v.items() if x != "runs"}) for k, v in row.items()}),
              file=sys.stderr, flush=True)
    if args.out:
        with open(args.out, "w") as f:
            json.dump(results, f, indent=1)
    summary(results)


def summary(results):
    """Prints totals for the OR-Library group and one line per other instance."""
    orlib = [r for r in results if r["group"] == "orlib"]
    for solver in ("highs", "cbc"):
        if orlib and solver in orlib[0]:
            total = sum(r[solver]["seconds"] for r in orlib)
            proven = sum(1 for r in orlib if "ptimal" in r[solver]["status"] and r[solver]["objective"] is not None
                         and abs(r[solver]["objective"] - r["known"]) < 0.5)
            print(f"orlib gap1-12 {solver}: total {total:.2f} s (sum of medians), {proven}/{len(orlib)} proven at the known optimum")
    for r in results:
        if r["group"] == "orlib":
            continue
        parts = [r["name"]]
        for solver in ("highs", "cbc"):
            if solver in r:
                s = r[solver]
                gap = None
                if s["objective"] is not None and s["bound"] is not None and s["objective"] != 0:
                    gap = abs(s["objective"] - s["bound"]) / abs(s["objective"]) * 100
                parts.append(f"{solver}: {s['status']} obj {s['objective']} bound {s['bound']} gap% {gap if gap is None else round(gap, 4)} "
                             f"time {s['seconds']:.2f} reach {s['reach']}")
        print(" | ".join(parts))


if __name__ == "__main__":
    main()
