/// Builds a complete assignment greedily by regret: repeatedly the service that would lose
/// most if it did not get its best still-feasible host gets it (Martello and Toth's rule for
/// the generalized assignment problem).
///
/// "Feasible" here looks at the upper bounds of rows whose coefficients are all
/// non-negative (loads can only grow while services are added); lower bounds and pair rules
/// are left to ``LocalSearch/repair(_:until:)``. A service with no feasible host left goes to
/// its most desirable one, and the repair moves it.
enum ConstructionHeuristic {
    /// An assignment (one column per service) by regret, using `desirability` per column
    /// (the profit, or a Lagrangian-adjusted profit).
    ///
    /// - Complexity: O(services² + services × options × terms) in the worst case; usually
    ///   far less, since only services whose best hosts share a municipality with the last
    ///   choice are re-evaluated.
    /// - Parameter initial: columns to keep for some services (−1 for none), placed first.
    /// - Returns: nil when a service has no eligible column.
    static func build(_ problem: ScaleProblem, desirability: [Double], initial: [Int]? = nil) -> [Int]? {
        let n = problem.serviceCount
        guard !problem.options.contains(where: \.isEmpty) else { return nil }
        var monotoneRow = [Bool](repeating: true, count: problem.rowCount)
        for (r, terms) in problem.rowTerms.enumerated() where terms.contains(where: { $0.value < 0 }) { monotoneRow[r] = false }
        var activity = [Double](repeating: 0, count: problem.rowCount)
        func fits(_ j: Int) -> Bool {
            for e in problem.columnStart[j]..<problem.columnStart[j + 1] {
                let r = problem.entryRow[e]
                guard monotoneRow[r] else { continue }
                let upper = problem.rowUpper[r]
                if activity[r] + problem.entryValue[e] > upper + 1e-7 * max(1, Swift.abs(upper)) { return false }
            }
            return true
        }
        var hosts = [Int](repeating: -1, count: n)
        var best = [Int](repeating: -1, count: n)
        var second = [Int](repeating: -1, count: n)
        var regret = [Double](repeating: 0, count: n)
        func evaluate(_ s: Int) {
            var b = -1
            var c = -1
            for j in problem.options[s] where fits(j) {
                if b < 0 || desirability[j] > desirability[b] {
                    c = b
                    b = j
                } else if c < 0 || desirability[j] > desirability[c] {
                    c = j
                }
            }
            best[s] = b
            second[s] = c
            if b < 0 {
                regret[s] = -.infinity
            } else if c < 0 {
                regret[s] = .greatestFiniteMagnitude
            } else {
                regret[s] = desirability[b] - desirability[c]
            }
        }
        var remaining = n
        if let initial {
            for (s, j) in initial.enumerated() where j >= 0 && problem.serviceOfColumn[j] == s && fits(j) {
                hosts[s] = j
                remaining -= 1
                for e in problem.columnStart[j]..<problem.columnStart[j + 1] { activity[problem.entryRow[e]] += problem.entryValue[e] }
            }
        }
        for s in 0..<n where hosts[s] < 0 { evaluate(s) }
        while remaining > 0 {
            var pick = -1
            for s in 0..<n where hosts[s] < 0 {
                if pick < 0 || regret[s] > regret[pick]
                    || (regret[s] == regret[pick] && best[s] >= 0 && best[pick] >= 0
                        && desirability[best[s]] > desirability[best[pick]])
                {
                    pick = s
                }
            }
            guard pick >= 0 else { break }
            var j = best[pick]
            if j < 0 {
                guard let fallback = problem.options[pick].max(by: { desirability[$0] < desirability[$1] }) else { return nil }
                j = fallback
            }
            hosts[pick] = j
            remaining -= 1
            for e in problem.columnStart[j]..<problem.columnStart[j + 1] { activity[problem.entryRow[e]] += problem.entryValue[e] }
            let m = problem.municipalityOfColumn[j]
            for s in 0..<n where hosts[s] < 0 {
                let touchesB = best[s] >= 0 && problem.municipalityOfColumn[best[s]] == m
                let touchesC = second[s] >= 0 && problem.municipalityOfColumn[second[s]] == m
                if touchesB || touchesC || best[s] < 0 { evaluate(s) }
            }
        }
        return hosts
    }
}
