internal import SplitMix

/// Repair and improvement moves on a ``SearchState``: shifts (one service to another
/// host), swaps (two services exchange hosts) and ejection chains of length two (a service
/// moves in, another moves out of the same municipality to a third).
///
/// Every accepted improving move keeps the state feasible, so the objective only rises.
/// The neighbourhoods are those of the classic GAP local searches (Osman 1995; Yagiura,
/// Ibaraki and Glover 2004 for ejection chains), applied to the model's own rows, so
/// balance bands, FTE bounds, service counts and pair rules are all respected.
enum LocalSearch {
    /// A point in time after which the search stops at the next check.
    typealias Deadline = ContinuousClock.Instant

    /// Moves the state to zero violation, choosing at each step the shift (or failing that,
    /// the pair of shifts) that reduces the violation most, breaking ties by objective.
    ///
    /// - Returns: whether the state is feasible.
    /// - Complexity: per step O(terms of violated rows × options), pair moves
    ///   O(terms × services × options) when no single shift helps.
    @discardableResult
    static func repair(_ state: inout SearchState, until deadline: Deadline) -> Bool {
        let problem = state.problem
        var steps = 0
        while !state.isFeasible {
            steps += 1
            if steps > 20 * problem.serviceCount + 100 || (steps % 16 == 0 && ContinuousClock.now > deadline) { return false }
            var violated: [Int] = []
            for r in 0..<problem.rowCount where problem.violation(ofRow: r, at: state.activity[r]) > 0 { violated.append(r) }
            if violated.isEmpty {
                state.recompute()
                continue
            }
            var best: (s: Int, j: Int, s2: Int, j2: Int, viol: Double, obj: Double)?
            func consider(_ s: Int, _ j: Int, _ s2: Int, _ j2: Int, _ change: (objective: Double, violation: Double)) {
                guard change.violation < -1e-9 else { return }
                if let b = best, change.violation > b.viol + 1e-9 || (change.violation > b.viol - 1e-9 && change.objective <= b.obj) {
                    return
                }
                best = (s, j, s2, j2, change.violation, change.objective)
            }
            var candidates: [Int] = []
            for r in violated {
                for term in problem.rowTerms[r] {
                    let s = problem.serviceOfColumn[term.column]
                    if state.host(of: s) == term.column {
                        for j in problem.options[s] where j != term.column { consider(s, j, -1, -1, state.shiftChange(s, to: j)) }
                        candidates.append(s)
                    } else {
                        consider(s, term.column, -1, -1, state.shiftChange(s, to: term.column))
                    }
                }
            }
            if best == nil {
                // No single shift helps: move a service out of a violated row to another
                // municipality and a service there elsewhere.
                var hostedAt = [[Int]](repeating: [], count: problem.municipalities.count)
                for s in 0..<problem.serviceCount { hostedAt[problem.municipalityOfColumn[state.host(of: s)]].append(s) }
                for s in candidates {
                    for j in problem.options[s] where j != state.host(of: s) {
                        for s2 in hostedAt[problem.municipalityOfColumn[j]] where s2 != s {
                            for j2 in problem.options[s2] where j2 != state.host(of: s2) {
                                consider(s, j, s2, j2, state.pairChange(s, to: j, s2, to: j2))
                            }
                        }
                    }
                    if ContinuousClock.now > deadline { return false }
                }
            }
            guard let move = best else { return false }
            state.shift(move.s, to: move.j)
            if move.s2 >= 0 { state.shift(move.s2, to: move.j2) }
        }
        return true
    }

    /// Improves a feasible state with shifts, swaps and two-step ejection chains until no
    /// move improves it or the deadline passes.
    ///
    /// - Complexity: per pass O(options) shifts, O(services²) swaps and
    ///   O(services × options × options) chains, each evaluated only when its objective gain
    ///   is positive.
    static func improve(_ state: inout SearchState, until deadline: Deadline) {
        let problem = state.problem
        guard state.isFeasible else { return }
        let n = problem.serviceCount
        let epsilon = problem.integralObjective ? 0.5 : 1e-9
        var improved = true
        while improved {
            improved = false
            if ContinuousClock.now > deadline { return }
            // Shifts.
            for s in 0..<n {
                let h = state.host(of: s)
                var bestJ = -1
                var bestGain = epsilon
                for j in problem.options[s] where problem.profit[j] - problem.profit[h] > bestGain {
                    if state.shiftChange(s, to: j).violation <= 1e-9 {
                        bestJ = j
                        bestGain = problem.profit[j] - problem.profit[h]
                    }
                }
                if bestJ >= 0 {
                    state.shift(s, to: bestJ)
                    improved = true
                }
            }
            if improved { continue }
            // Swaps.
            let mCount = problem.municipalities.count
            for s1 in 0..<n {
                let h1 = state.host(of: s1)
                let m1 = problem.municipalityOfColumn[h1]
                for s2 in (s1 + 1)..<max(s1 + 1, n) {
                    let h2 = state.host(of: s2)
                    let m2 = problem.municipalityOfColumn[h2]
                    guard m1 != m2 else { continue }
                    let a = Int(problem.columnAt[s1 * mCount + m2])
                    let b = Int(problem.columnAt[s2 * mCount + m1])
                    guard a >= 0, b >= 0 else { continue }
                    let gain = problem.profit[a] + problem.profit[b] - problem.profit[h1] - problem.profit[h2]
                    guard gain > epsilon else { continue }
                    if state.pairChange(s1, to: a, s2, to: b).violation <= 1e-9 {
                        state.shift(s1, to: a)
                        state.shift(s2, to: b)
                        improved = true
                        break
                    }
                }
                if s1 % 64 == 63, ContinuousClock.now > deadline { return }
            }
            if improved { continue }
            improved = chains(&state, epsilon: epsilon, until: deadline)
        }
    }

    /// One pass of two-step ejection chains: `s` moves to municipality m (which alone would
    /// break a rule), and a service hosted at m moves on to another municipality.
    ///
    /// - Returns: whether a chain was applied.
    static func chains(_ state: inout SearchState, epsilon: Double, until deadline: Deadline) -> Bool {
        let problem = state.problem
        var hostedAt = [[Int]](repeating: [], count: problem.municipalities.count)
        for s in 0..<problem.serviceCount { hostedAt[problem.municipalityOfColumn[state.host(of: s)]].append(s) }
        for s in 0..<problem.serviceCount {
            let h = state.host(of: s)
            for j in problem.options[s] where j != h {
                let gain1 = problem.profit[j] - problem.profit[h]
                for s2 in hostedAt[problem.municipalityOfColumn[j]] {
                    let h2 = state.host(of: s2)
                    for j2 in problem.options[s2] where j2 != h2 && gain1 + problem.profit[j2] - problem.profit[h2] > epsilon {
                        if state.pairChange(s, to: j, s2, to: j2).violation <= 1e-9 {
                            state.shift(s, to: j)
                            state.shift(s2, to: j2)
                            return true
                        }
                    }
                }
            }
            if s % 32 == 31, ContinuousClock.now > deadline { return false }
        }
        return false
    }

    /// Iterated local search: perturbs the best assignment (a few random shifts), repairs
    /// and improves it, and keeps it when better, until the deadline or `max(200, 2 ×
    /// services)` rounds without improvement.
    ///
    /// - Returns: the best feasible assignment found (at least as good as `start`).
    static func iterate(
        from start: SearchState, until deadline: Deadline, seed: UInt64, stopAt target: Double = .infinity
    ) -> SearchState {
        var best = start
        var rng = SplitMix64(seed: seed)
        let problem = start.problem
        let n = problem.serviceCount
        guard n > 1 else { return best }
        var rounds = 0
        var lastImprovement = 0
        let patience = max(200, 2 * n)
        while ContinuousClock.now < deadline, best.objective < target, rounds - lastImprovement < patience {
            rounds += 1
            var state = best
            let strength = 2 + rng.integer(0...max(1, min(10, n / 10)))
            for _ in 0..<strength {
                let s = rng.integer(0...(n - 1))
                let options = problem.options[s]
                guard options.count > 1 else { continue }
                state.shift(s, to: options[rng.integer(0...(options.count - 1))])
            }
            guard repair(&state, until: deadline) else { continue }
            improve(&state, until: deadline)
            if state.isFeasible, state.objective > best.objective + 1e-9 {
                best = state
                lastImprovement = rounds
            }
            if rounds > 100_000 { break }
        }
        return best
    }
}
