/// A complete assignment (one column per service) with its rule-row activities, objective
/// and total violation, kept up to date move by move.
///
/// Moves are evaluated before they are made: ``evaluate()`` returns the change in
/// objective and in total violation of the column changes staged with ``stage(_:_:)``.
/// A state with zero violation keeps every rule row (within 1e-7, relative above 1).
struct SearchState {
    let problem: ScaleProblem
    /// The column of each service.
    private(set) var hosts: [Int]
    /// The activity of each rule row.
    private(set) var activity: [Double]
    /// Σ profit of the hosts.
    private(set) var objective: Double
    /// Σ over rows of how far the activity lies outside the bounds.
    private(set) var violation: Double
    /// Staged activity changes per row (zero outside staging).
    private var delta: [Double]
    /// Rows with a staged change.
    private var touched: [Int]
    private var isTouched: [Bool]
    private var stagedProfit: Double = 0

    /// Creates the state of `hosts`.
    ///
    /// - Complexity: O(services + non-zeros).
    init(_ problem: ScaleProblem, hosts: [Int]) {
        self.problem = problem
        self.hosts = hosts
        activity = [Double](repeating: 0, count: problem.rowCount)
        delta = activity
        isTouched = [Bool](repeating: false, count: problem.rowCount)
        touched = []
        touched.reserveCapacity(16)
        objective = 0
        violation = 0
        recompute()
    }

    /// Recomputes activities, objective and violation from scratch (removes drift).
    mutating func recompute() {
        for r in activity.indices { activity[r] = 0 }
        objective = 0
        for j in hosts {
            objective += problem.profit[j]
            for e in problem.columnStart[j]..<problem.columnStart[j + 1] { activity[problem.entryRow[e]] += problem.entryValue[e] }
        }
        violation = 0
        for r in activity.indices { violation += problem.violation(ofRow: r, at: activity[r]) }
    }

    /// Whether every rule row holds.
    var isFeasible: Bool { violation <= 1e-9 }

    /// The host column of service `s`.
    @inline(__always)
    func host(of s: Int) -> Int { hosts[s] }

    /// Stages adding (`sign` 1) or removing (−1) column `j`.
    @inline(__always)
    mutating func stage(_ j: Int, _ sign: Double) {
        stagedProfit += sign * problem.profit[j]
        for e in problem.columnStart[j]..<problem.columnStart[j + 1] {
            let r = problem.entryRow[e]
            if !isTouched[r] {
                isTouched[r] = true
                touched.append(r)
            }
            delta[r] += sign * problem.entryValue[e]
        }
    }

    /// The change in objective and violation of the staged changes; clears the stage.
    @inline(__always)
    mutating func evaluate() -> (objective: Double, violation: Double) {
        var change = 0.0
        for r in touched {
            let now = activity[r]
            change += problem.violation(ofRow: r, at: now + delta[r]) - problem.violation(ofRow: r, at: now)
            delta[r] = 0
            isTouched[r] = false
        }
        touched.removeAll(keepingCapacity: true)
        let profit = stagedProfit
        stagedProfit = 0
        return (profit, change)
    }

    /// The change of moving service `s` to column `j`.
    @inline(__always)
    mutating func shiftChange(_ s: Int, to j: Int) -> (objective: Double, violation: Double) {
        stage(hosts[s], -1)
        stage(j, 1)
        return evaluate()
    }

    /// The change of moving `s1` to `j1` and `s2` to `j2` together.
    @inline(__always)
    mutating func pairChange(_ s1: Int, to j1: Int, _ s2: Int, to j2: Int) -> (objective: Double, violation: Double) {
        stage(hosts[s1], -1)
        stage(j1, 1)
        stage(hosts[s2], -1)
        stage(j2, 1)
        return evaluate()
    }

    /// Moves service `s` to column `j`.
    mutating func shift(_ s: Int, to j: Int) {
        let old = hosts[s]
        guard old != j else { return }
        for e in problem.columnStart[old]..<problem.columnStart[old + 1] {
            let r = problem.entryRow[e]
            let before = activity[r]
            activity[r] -= problem.entryValue[e]
            violation += problem.violation(ofRow: r, at: activity[r]) - problem.violation(ofRow: r, at: before)
        }
        for e in problem.columnStart[j]..<problem.columnStart[j + 1] {
            let r = problem.entryRow[e]
            let before = activity[r]
            activity[r] += problem.entryValue[e]
            violation += problem.violation(ofRow: r, at: activity[r]) - problem.violation(ofRow: r, at: before)
        }
        objective += problem.profit[j] - problem.profit[old]
        hosts[s] = j
        if violation < 1e-9 { violation = 0 }
    }
}
