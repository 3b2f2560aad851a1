#!/usr/bin/env python3
"""The numpy peer of `vertsval evaluate CASE`: read the case, its template and its region,
compute each candidate's weighted total and rank them, and print the table.

For benchmarking only; `swift test` never needs it (PyYAML and numpy: Debian
`apt-get install python3-yaml python3-numpy`, or `pip install pyyaml numpy`).

    python3 benchmarks/evaluate-numpy.py Cases/sogn/ureining-miljo-tilsyn.yaml [--json]

The values and knock-outs come from `casevalues.py` (what it follows in vertsval's code is
written there); the weighted sum is one matrix-vector product. It does less than
`vertsval evaluate`: no validation messages, no explanation (margins, swaps, smallest
score change), no members' judgements, no cost sharing; it prints rank, municipality and
total (`--json`: a list of {municipality, total, rank, excluded}).

Checked against `vertsval evaluate … --format json` (release build of b6bd287,
2026-12-04): totals, ranks and exclusions of Cases/sogn/ureining-miljo-tilsyn.yaml (luster
68.5893, sogndal 66.3294) and Cases/sogn/ppt-vertskommune.yaml (sogndal 65.6580, ardal
56.5317, laerdal 54.6883; vik 33.0843 excluded by `vilje`) agree to 1e-13.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import casevalues  # noqa: E402


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    candidates, raws, template, matrix, weights = casevalues.evaluate(args[0])
    rows = casevalues.ranked(candidates, raws, template, matrix @ weights)
    casevalues.print_ranked(rows, as_json="--json" in sys.argv)


if __name__ == "__main__":
    main()
