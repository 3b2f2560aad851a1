"""A case evaluated the way `vertsval evaluate` does it, in Python with PyYAML and numpy.

Shared by the benchmark peers `evaluate-numpy.py`, `evaluate-pymcdm.py` and
`alternatives-pulp.py` (a portfolio's case-valued services take their values from this).
For benchmarking only; `swift test` never needs it (Debian: `apt-get install python3-yaml
python3-numpy`, or `pip install pyyaml numpy`).

What it follows (Sources/Vertsval): the template's criteria in file order, each with its
weight points (the case's `weightOverrides` replace them), fractions = points / their sum
(`WeightSet`); an ordinal level's value is the level's `value:` or 100·(level − lowest) /
(highest − lowest) (`TemplateLoader.readScale`), interpolated between defined levels; a
measure's value is its linear (clamped 0–100) or piecewise-linear function
(`ValueFunction`); the computed measures are the population-weighted travel time (the
mean of both directions where both are given, `TravelTimes.minutes`) and the share of
known, not proposed, arrangements hosted minus the population share in percentage points
(`Region.compute`); a criterion without a score counts 0. Knock-outs: declared
willingness, minimum level, worst acceptable value (`Evaluator.knockouts`). Ranking: the
candidates left by descending total (ties keep file order), then the excluded ones.

Only what the benchmarks read is checked; a malformed file raises a Python error, not
vertsval's diagnostics.
"""

import json
import os

import numpy as np
import yaml


def load_yaml(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def resolve(reference, relative_to):
    return os.path.normpath(os.path.join(os.path.dirname(relative_to), reference))


class Region:
    """Municipalities in file order, populations, travel times and the arrangements register."""

    def __init__(self, path):
        data = load_yaml(path)
        self.ids = [m["id"] for m in data["municipalities"]]
        self.population = {m["id"]: float(m["population"]["value"]) for m in data["municipalities"]}
        self.total_population = sum(self.population.values())
        minutes = (data.get("travelTimes") or {}).get("minutes") or {}
        self.cells = {(a, b): float(t) for a, row in minutes.items() for b, t in (row or {}).items() if t is not None}
        self.cooperation = data.get("cooperation") or []

    def population_share(self, m):
        return self.population.get(m, 0.0) / self.total_population if self.total_population > 0 else 0.0

    def minutes(self, a, b):
        there = self.cells.get((a, b))
        back = self.cells.get((b, a))
        if a == b:
            return there if there is not None else 0.0
        if there is not None and back is not None:
            return (there + back) / 2
        return there if there is not None else back

    def compute(self, computed, basis, candidate):
        if computed == "populationWeightedTravelTime":
            weighted = sum(self.population[m] * (self.minutes(m, candidate) or 0.0) for m in self.ids)
            return weighted / self.total_population if self.total_population > 0 else 0.0
        if computed == "hostedShareGap":
            counted = [a for a in self.cooperation if a.get("host") is not None and a.get("status") != "proposed"]
            amount = (lambda a: float(a.get("fte") or 0)) if basis == "fte" else (lambda a: 1.0)
            total = sum(amount(a) for a in counted)
            hosted = sum(amount(a) for a in counted if a["host"] == candidate)
            share = hosted / total if total > 0 else 0.0
            return 100 * (share - self.population_share(candidate))
        raise ValueError(f"unknown computed measure {computed}")


def value_function(measure):
    if "linear" in measure:
        worst, best = float(measure["linear"]["worst"]), float(measure["linear"]["best"])
        return lambda x: 0.0 if worst == best else 100 * min(1.0, max(0.0, (x - worst) / (best - worst)))
    points = [(float(p["x"]), float(p["value"])) for p in measure["piecewise"]]

    def piecewise(x):
        if x <= points[0][0]:
            return points[0][1]
        if x >= points[-1][0]:
            return points[-1][1]
        for (ax, av), (bx, bv) in zip(points, points[1:]):
            if x <= bx:
                return bv if bx <= ax else av + (bv - av) * (x - ax) / (bx - ax)
        return points[-1][1]

    return piecewise


def scale_function(scale):
    raw = [(int(level["level"]), level.get("value")) for level in scale["levels"]]
    lo, hi = min(l for l, _ in raw), max(l for l, _ in raw)
    levels = sorted((l, float(v) if v is not None else 100 * (l - lo) / (hi - lo)) for l, v in raw)

    def value(level):
        level = int(round(level))
        if level <= levels[0][0]:
            return levels[0][1]
        if level >= levels[-1][0]:
            return levels[-1][1]
        for (al, av), (bl, bv) in zip(levels, levels[1:]):
            if al == level:
                return av
            if level < bl:
                return av + (bv - av) * (level - al) / (bl - al)
        return levels[-1][1]

    return value


class Template:
    """Criteria in file order (id, weight points, value of a raw score) and the knock-outs."""

    def __init__(self, path):
        data = load_yaml(path)
        self.criteria = []
        for group in data["groups"]:
            for c in group["criteria"]:
                measure = c.get("measure")
                self.criteria.append(
                    {
                        "id": c["id"],
                        "weight": float(c["weight"]),
                        "value": value_function(measure) if measure else scale_function(c["scale"]),
                        "computed": measure.get("computed") if measure else None,
                        "basis": measure.get("basis") if measure else None,
                        "lowerIsBetter": bool(measure) and measure.get("direction") == "lowerIsBetter",
                    }
                )
        self.knockouts = data.get("knockouts") or []


def evaluate(case_path, region=None, template=None):
    """The candidates of `case_path` with totals, ranked as `vertsval evaluate` ranks them.

    Returns a list of dicts {municipality, total, rank (None when excluded), excluded: [rule ids]}
    and the criterion ids, the value matrix (candidates in file order × criteria) and the
    weight fractions, for a peer that wants to do the weighted sum itself.
    """
    data = load_yaml(case_path)
    template = template or Template(resolve(data["template"], case_path))
    region = region or Region(resolve(data["region"], case_path))
    points = {c["id"]: c["weight"] for c in template.criteria}
    for override in data.get("weightOverrides") or []:
        points[override["criterion"]] = float(override["weight"])
    weights = np.array([points[c["id"]] for c in template.criteria])
    weights = weights / weights.sum()
    scores = data.get("scores") or {}
    candidates = [c for c in data["candidates"] if c["municipality"] in region.population]
    matrix = np.zeros((len(candidates), len(template.criteria)))
    raws = []
    for i, candidate in enumerate(candidates):
        m = candidate["municipality"]
        given = scores.get(m) or {}
        raw = {}
        for k, criterion in enumerate(template.criteria):
            if criterion["computed"]:
                x = region.compute(criterion["computed"], criterion["basis"], m)
            elif criterion["id"] in given:
                score = given[criterion["id"]]
                x = score["level"] if "level" in score else score["value"]
            else:
                continue
            raw[criterion["id"]] = x
            matrix[i, k] = criterion["value"](float(x))
        raws.append(raw)
    return candidates, raws, template, matrix, weights


def knocked_out(template, candidate, raw):
    """The ids of the knock-out rules that exclude `candidate`."""
    excluded = []
    for rule in template.knockouts:
        kind = rule["kind"]
        if kind == "declaredWillingness":
            if candidate.get("willing") is not True:
                excluded.append(rule["id"])
        elif kind == "minimumLevel":
            level = raw.get(rule["criterion"])
            if level is not None and level < rule["level"]:
                excluded.append(rule["id"])
        elif kind == "worstAcceptable":
            x = raw.get(rule["criterion"])
            lower = next(c["lowerIsBetter"] for c in template.criteria if c["id"] == rule["criterion"])
            if x is not None and (x > rule["limit"] if lower else x < rule["limit"]):
                excluded.append(rule["id"])
    return excluded


def ranked(candidates, raws, template, totals):
    """Competition ranking (1, 1, 3) of the candidates left, then the excluded ones."""
    exclusions = [knocked_out(template, c, raw) for c, raw in zip(candidates, raws)]
    left = sorted((i for i in range(len(candidates)) if not exclusions[i]), key=lambda i: (-totals[i], i))
    rows = []
    for position, i in enumerate(left):
        tied = position > 0 and abs(totals[i] - totals[left[position - 1]]) < 1e-9
        rank = rows[-1]["rank"] if tied else position + 1
        rows.append({"municipality": candidates[i]["municipality"], "total": float(totals[i]), "rank": rank, "excluded": []})
    for i in range(len(candidates)):
        if exclusions[i]:
            rows.append({"municipality": candidates[i]["municipality"], "total": float(totals[i]), "rank": None, "excluded": exclusions[i]})
    return rows


def print_ranked(rows, as_json=False):
    """Prints `ranked`'s rows as JSON or as one line per municipality (rank, name, total,
    knock-outs), as the evaluate peers do."""
    if as_json:
        print(json.dumps(rows, indent=1))
        return
    for row in rows:
        rank = row["rank"] if row["rank"] is not None else "–"
        note = " (excluded: " + ", ".join(row["excluded"]) + ")" if row["excluded"] else ""
        print(f"{rank:>2}  {row['municipality']:<12} {row['total']:6.1f}{note}")


def case_values(case_path, region=None):
    """{municipality: total} of the candidates left, as a portfolio's `case:` service uses them."""
    candidates, raws, template, matrix, weights = evaluate(case_path, region=region)
    return {row["municipality"]: row["total"] for row in ranked(candidates, raws, template, matrix @ weights) if row["rank"] is not None}
