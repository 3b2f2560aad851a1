#!/usr/bin/env python3
"""The PuLP + CBC peer of `vertsval optimize PORTFOLIO --alternatives 3`.

For benchmarking only; `swift test` never needs it (`pip install --break-system-packages
pulp`, which brings its own CBC; PyYAML and numpy as for `evaluate-numpy.py`).

    python3 benchmarks/alternatives-pulp.py Cases/sogn/tenester-2027.yaml [--alternatives 3] [--json]

It reads the portfolio, its region and the cases its services take values from (through
`casevalues.py`), and asks the questions vertsval's optimiser asks, the straightforward
way vertsval's code asks them (Sources/VertsvalOptimizer/AssignmentOptimizer.swift
`solveAndExplain`, AssignmentModel.swift): a new model per question, solved from scratch
by CBC through PuLP (one `cbc` process per solve, one thread):

1. the main solve: a binary x[s, m] per service and eligible municipality (a decided
   service only at its host), one host per service, the rules as rows, maximise
   Σ importance · value · x;
2. the unconstrained solve: the balance rules (FTE bands, FTE bounds, service counts) left
   out, `together`/`apart` kept;
3. per rule (in the model's order) a solve without it; when that gains, the open services
   that move to a better place are "moved by" it, and a rule with a unit (FTE or services)
   is solved again relaxed by one unit (its marginal value);
4. per open service not at its best municipality that no single rule moves: the rules
   that can hold it (lower limits at its host, upper limits at its best place, pairs naming
   it) are left out together, then every pair of them, until it moves;
5. `--alternatives N` next-best assignments, each with a no-good cut (at least one open
   service moves) per assignment found before.

It prints the objective, the unconstrained objective, the binding rules with their gain
and marginal value, the displaced services and the alternatives' objectives, and the
number of solves (`--json`: the same as JSON).

Compared by hand against `vertsval optimize … --alternatives 3 --format json` (release
build of main b6bd287, 2026-12-04), field by field (objective, unconstrainedObjective,
bindingRules' rule / gainIfRemoved / marginalValue, displaced with movedBy and
movedByTogether, the assignment, the alternatives' objectives), all equal to 1e-9:
- Cases/sogn/tenester-2027.yaml: objective 335.2474, without the balance rules 345.2474; no
  rule binds alone; lonn is displaced (laerdal instead of sogndal), moved by
  balance-min:laerdal + services-min:laerdal together; only one alternative exists
  (322.2474; the next solve is infeasible, in both). 29 solves.
- a copy with `balance: {relative: 60, absolute: 3}`, `services: {max: 5}`,
  `fte: [{municipality: ardal, min: 9}]`: objective 341.2474; fte-min:ardal binds with gain 4
  and marginal value 4; lonn at ardal moved by it; alternatives 338.9875, 338.2474,
  336.2474. 24 solves.
- with `services: {max: 3}` instead: lonn moved by fte-min:ardal + services-max:sogndal
  together; alternatives 336.2474, 332.2474, 330.2474.
The number of solves is the number vertsval's code makes for the same answers (counted by
reading `solveAndExplain`; vertsval does not print it).
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pulp  # noqa: E402

import casevalues  # noqa: E402

EPS_GAIN = 1e-7
EPS_VALUE = 1e-9


class Portfolio:
    """The services (values, FTE, importance, decided host) and the rules' rows."""

    def __init__(self, path):
        data = casevalues.load_yaml(path)
        self.region = casevalues.Region(casevalues.resolve(data["region"], path))
        self.services = []
        for entry in data["services"]:
            service = {
                "id": entry["id"],
                "fte": float(entry["fte"]),
                "fteAt": {m: float(v) for m, v in (entry.get("fteAt") or {}).items()},
                "importance": float(entry.get("importance", 1)),
                "host": entry.get("host"),
            }
            if "host" in entry:
                values = {entry["host"]: float(entry.get("value", 0))}
            elif "values" in entry:
                values = {m: float(v) for m, v in entry["values"].items()}
            else:
                values = casevalues.case_values(casevalues.resolve(entry["case"], path), region=self.region)
            service["values"] = values
            # Best first, then by id (`PortfolioService.eligible`).
            service["eligible"] = sorted(values, key=lambda m: (-values[m], m))
            self.services.append(service)
        # Columns: (service index, municipality).
        self.pairs = []
        self.columns_of = []
        for s, service in enumerate(self.services):
            places = [service["host"]] if service["host"] is not None else service["eligible"]
            self.columns_of.append(list(range(len(self.pairs), len(self.pairs) + len(places))))
            self.pairs += [(s, m) for m in places]
        self.open = [s for s, service in enumerate(self.services) if service["host"] is None]
        self.rows = self._rule_rows(data.get("rules") or {})
        self.rules = list(dict.fromkeys(row["rule"] for row in self.rows))

    def fte(self, s, m):
        return self.services[s]["fteAt"].get(m, self.services[s]["fte"])

    def coefficient(self, j):
        s, m = self.pairs[j]
        return self.services[s]["importance"] * self.services[s]["values"].get(m, 0.0)

    def _rule_rows(self, rules):
        """The rows of `AssignmentModel.init`, in its order; a rule is (kind, subject)."""
        rows = []
        columns_at = lambda m: [j for j, (_, at) in enumerate(self.pairs) if at == m]
        fte_terms = lambda m: [(j, self.fte(self.pairs[j][0], m)) for j in columns_at(m)]
        total = sum(service["fte"] for service in self.services)
        band = rules.get("balance")
        if band:
            relative, absolute = float(band["relative"]) / 100, float(band.get("absolute", 0))
            for m in band.get("municipalities") or self.region.ids:
                target = self.region.population_share(m) * total
                half = relative * target + absolute
                lower, upper = max(0.0, target - half), target + half
                if lower > 0:
                    rows.append({"rule": ("balance-min", m), "terms": fte_terms(m), "lower": lower})
                rows.append({"rule": ("balance-max", m), "terms": fte_terms(m), "upper": upper})
        for bound in rules.get("fte") or []:
            m = bound["municipality"]
            if bound.get("min") is not None:
                rows.append({"rule": ("fte-min", m), "terms": fte_terms(m), "lower": float(bound["min"])})
            if bound.get("max") is not None:
                rows.append({"rule": ("fte-max", m), "terms": fte_terms(m), "upper": float(bound["max"])})
        count = rules.get("services")
        if count:
            for m in self.region.ids:
                terms = [(j, 1.0) for j in columns_at(m)]
                minimum = count.get("min")
                if minimum is not None and minimum > 0 and len(terms) >= minimum:
                    rows.append({"rule": ("services-min", m), "terms": terms, "lower": float(minimum)})
                if count.get("max") is not None:
                    rows.append({"rule": ("services-max", m), "terms": terms, "upper": float(count["max"])})
        index = {service["id"]: s for s, service in enumerate(self.services)}
        column = lambda s, m: next((j for j in self.columns_of[s] if self.pairs[j][1] == m), None)
        for pair in rules.get("together") or []:
            a, b = pair["services"]
            places = sorted({self.pairs[j][1] for j in self.columns_of[index[a]] + self.columns_of[index[b]]})
            for m in places:
                terms = [(x, 1.0) for x in [column(index[a], m)] if x is not None]
                terms += [(y, -1.0) for y in [column(index[b], m)] if y is not None]
                rows.append({"rule": ("together", f"{a}+{b}"), "terms": terms, "lower": 0.0, "upper": 0.0})
        for pair in rules.get("apart") or []:
            a, b = pair["services"]
            for m in self.region.ids:
                x, y = column(index[a], m), column(index[b], m)
                if x is not None and y is not None:
                    rows.append({"rule": ("apart", f"{a}+{b}"), "terms": [(x, 1.0), (y, 1.0)], "upper": 1.0})
        return rows


def rule_id(rule):
    return f"{rule[0]}:{rule[1]}"


def has_unit(rule):
    return rule[0] not in ("together", "apart")


def is_minimum(rule):
    return rule[0].endswith("-min")


class Solver:
    """Builds the model afresh for each question and solves it with PuLP's CBC."""

    def __init__(self, portfolio):
        self.p = portfolio
        self.solves = 0

    def solve(self, leaving_out=(), relaxing=None, excluding=()):
        p = self.p
        relaxing = relaxing or {}
        problem = pulp.LpProblem("vertsval", pulp.LpMaximize)
        x = [pulp.LpVariable(f"x{j}", cat="Binary") for j in range(len(p.pairs))]
        problem += pulp.lpSum(p.coefficient(j) * x[j] for j in range(len(p.pairs)))
        for s, service in enumerate(p.services):
            problem += pulp.lpSum(x[j] for j in p.columns_of[s]) == 1
            if service["host"] is not None:
                problem += x[p.columns_of[s][0]] == 1
        for row in p.rows:
            if row["rule"] in leaving_out:
                continue
            amount = relaxing.get(row["rule"], 0.0)
            expression = pulp.lpSum(value * x[j] for j, value in row["terms"])
            if "lower" in row and "upper" in row and row["lower"] == row["upper"]:
                problem += expression == row["lower"]
                continue
            if "lower" in row:
                problem += expression >= row["lower"] - amount
            if "upper" in row:
                problem += expression <= row["upper"] + amount
        for hosts in excluding:
            problem += pulp.lpSum(x[hosts[s]] for s in p.open) <= len(p.open) - 1
        self.solves += 1
        problem.solve(pulp.PULP_CBC_CMD(msg=False, threads=1))
        if pulp.LpStatus[problem.status] != "Optimal":
            return None, None
        values = [v.value() or 0.0 for v in x]
        hosts = [max(columns, key=lambda j: values[j]) for columns in p.columns_of]
        return pulp.value(problem.objective), hosts


def jointly_moving(solver, s, host, best, hosts):
    p = solver.p
    service = p.services[s]["id"]

    def suspect(rule):
        kind, subject = rule
        if kind in ("balance-min", "fte-min", "services-min"):
            return subject == host
        if kind in ("balance-max", "fte-max", "services-max"):
            return subject == best
        return service in subject.split("+")

    suspects = [rule for rule in p.rules if suspect(rule)]

    def moves(removed):
        objective, moved = solver.solve(leaving_out=set(removed))
        return objective is not None and p.coefficient(moved[s]) > p.coefficient(hosts[s]) + EPS_VALUE

    if len(suspects) <= 1 or not moves(suspects):
        return []
    for i, a in enumerate(suspects):
        for b in suspects[i + 1 :]:
            if moves([a, b]):
                return [a, b]
    return suspects


def optimize(path, alternatives):
    p = Portfolio(path)
    solver = Solver(p)
    objective, hosts = solver.solve()
    if objective is None:
        # vertsval then names the rules in conflict; not part of the benchmark.
        return {"status": "no solution", "solves": solver.solves}
    result = {"objective": objective, "hosts": {p.services[s]["id"]: p.pairs[hosts[s]][1] for s in range(len(p.services))}}
    balance = {rule for rule in p.rules if has_unit(rule)}
    free, _ = solver.solve(leaving_out=balance)
    result["unconstrained"] = free
    binding = []
    moved_by = {}
    for rule in p.rules:
        without, without_hosts = solver.solve(leaving_out={rule})
        if without is None or without - objective <= EPS_GAIN:
            continue
        for s in p.open:
            if without_hosts[s] != hosts[s] and p.coefficient(without_hosts[s]) > p.coefficient(hosts[s]) + EPS_VALUE:
                moved_by.setdefault(s, []).append(rule_id(rule))
        marginal = None
        if has_unit(rule):
            relaxed, _ = solver.solve(relaxing={rule: 1.0})
            marginal = max(0.0, relaxed - objective) if relaxed is not None else None
        binding.append({"rule": rule_id(rule), "gain": without - objective, "marginal": marginal})
    result["binding"] = binding
    displaced = []
    for s in p.open:
        service = p.services[s]
        host = p.pairs[hosts[s]][1]
        best = service["eligible"][0]
        if not service["values"][best] > service["values"].get(host, 0) + EPS_VALUE:
            continue
        together = [] if s in moved_by else [rule_id(r) for r in jointly_moving(solver, s, host, best, hosts)]
        displaced.append({"service": service["id"], "host": host, "best": best, "movedBy": moved_by.get(s, []), "movedByTogether": together})
    result["displaced"] = displaced
    found = []
    excluded = [hosts]
    for _ in range(alternatives if p.open else 0):
        value, next_hosts = solver.solve(excluding=excluded)
        if value is None:
            break
        found.append(value)
        excluded.append(next_hosts)
    result["alternatives"] = found
    result["solves"] = solver.solves
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("portfolio")
    parser.add_argument("--alternatives", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = optimize(args.portfolio, args.alternatives)
    if args.json:
        print(json.dumps(result, indent=1))
        return
    if "objective" not in result:
        print(f"no solution (infeasible); {result['solves']} solve")
        return
    print(f"objective {result['objective']:.4f} (without the balance rules {result['unconstrained']:.4f})")
    for service, host in result["hosts"].items():
        print(f"  {service}: {host}")
    for rule in result["binding"]:
        marginal = "" if rule["marginal"] is None else f", one unit more {rule['marginal']:.4f}"
        print(f"binding {rule['rule']}: gain {rule['gain']:.4f}{marginal}")
    for d in result["displaced"]:
        why = ", ".join(d["movedBy"] or d["movedByTogether"]) or "–"
        print(f"displaced {d['service']}: {d['host']} instead of {d['best']} ({why})")
    for k, value in enumerate(result["alternatives"], 1):
        print(f"alternative {k}: {value:.4f} ({value - result['objective']:+.4f})")
    print(f"{result['solves']} solves")


if __name__ == "__main__":
    main()
