#!/usr/bin/env python3
"""The pymcdm peer of `vertsval evaluate CASE`: the same values as `evaluate-numpy.py`
(from `casevalues.py`), ranked by pymcdm's weighted sum model (`pymcdm.methods.WSM`).

For benchmarking only; `swift test` never needs it (`pip install pymcdm`, which brings
numpy, pandas and matplotlib; PyYAML as for `evaluate-numpy.py`).

    python3 benchmarks/evaluate-pymcdm.py Cases/sogn/ureining-miljo-tilsyn.yaml [--json]

pymcdm's WSM normalises each column first; the values are already on vertsval's 0–100
value scale (the template's value functions), so the normalisation given to it is the
identity and every criterion is a benefit criterion: the preference is then exactly the
weighted total `vertsval evaluate` prints. Checked against `evaluate-numpy.py` and
`vertsval evaluate … --format json` (2026-12-04) on both Sogn cases: the same totals
to 1e-13, the same ranks and exclusions.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np  # noqa: E402
from pymcdm.methods import WSM  # noqa: E402

import casevalues  # noqa: E402


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    candidates, raws, template, matrix, weights = casevalues.evaluate(args[0])
    method = WSM(normalization_function=lambda column, cost: column)
    totals = method(matrix, weights, np.ones(len(weights), dtype=int))
    rows = casevalues.ranked(candidates, raws, template, totals)
    casevalues.print_ranked(rows, as_json="--json" in sys.argv)


if __name__ == "__main__":
    main()
