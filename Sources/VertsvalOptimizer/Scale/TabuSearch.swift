internal import Vertsval

/// Tabu search with strategic oscillation for models of the generalized-assignment form:
/// every rule row is one municipality's load band (FTE cap, balance band), so the knapsack
/// form of the ``LagrangianRelaxation`` holds all of them and relaxes none.
///
/// The search moves through infeasible assignments too: it maximises profit minus `α` ×
/// the total load outside the bands, and raises `α` while the assignment is infeasible
/// and lowers it while it is feasible, so it oscillates around the boundary of the feasible
/// region where GAP optima lie (Díaz and Fernández 2001; Yagiura, Ibaraki and Glover 2004
/// for the adaptive penalty). Each iteration makes the best shift (a service to another
/// municipality) or swap (two services exchange municipalities) that is not tabu — a
/// service may not return to a municipality it left for a few iterations unless that gives
/// a new best feasible assignment. Candidate municipalities per service are those not fixed
/// by the Lagrangian bound, and of those the best by Lagrangian-adjusted profit, which keeps
/// the neighbourhood small without losing the moves good assignments are made of. After a
/// long run without a new best, the search restarts from the best with a random kick.
///
/// Loads are counted in the relaxation's integer units; every best assignment is checked
/// against the model's own rows before it is reported.
struct TabuSearch {
    let problem: ScaleProblem
    let relaxation: LagrangianRelaxation

    /// Candidate columns per service (at most this many, plus its current host).
    var candidatesPerService = 12
    /// Iterations without a new best before a restart from the best.
    var restartAfter = 0
    /// The seed of tabu tenures and restart kicks.
    var seed: UInt64 = 1

    /// Whether `relaxation`'s model has the form the search handles (every rule row held by
    /// a knapsack).
    static func applies(_ relaxation: LagrangianRelaxation) -> Bool {
        relaxation.usesKnapsacks && relaxation.relaxedRows.isEmpty && relaxation.isRelaxed.allSatisfy { !$0 }
    }

    /// Searches from `start` (feasible or not) until the deadline, `patience` iterations
    /// without a new best (nil: no such stop), or a best of at least `target`.
    ///
    /// - Parameters:
    ///   - desirability: per column, the order candidates are chosen in (Lagrangian-adjusted
    ///     profits); `allowed`: columns that may be used (empty: all).
    ///   - improved: called with each new best feasible assignment.
    /// - Returns: the best feasible assignment found, if any.
    @discardableResult
    func run(
        from start: [Int], desirability: [Double], allowed: [Bool], until deadline: ContinuousClock.Instant, patience: Int?,
        stopAt target: Double, improved: (SearchState) -> Void
    ) -> SearchState? {
        let n = problem.serviceCount
        let m = problem.municipalities.count
        guard n > 0, m > 1, start.count == n else { return nil }
        let profit = problem.profit
        let weight = relaxation.weight
        let muni = problem.municipalityOfColumn
        let big = Int.max / 8
        let upper = relaxation.upperLoad.enumerated().map { relaxation.hasKnapsack[$0.offset] && $0.element != Int.max ? $0.element : big }
        let lower = relaxation.lowerLoad.enumerated().map { relaxation.hasKnapsack[$0.offset] && $0.element > 0 ? $0.element : -big }
        var rng = SplitMix64(seed: seed ^ 0x7AB0)

        // Candidates.
        var host = start
        var free: [Int] = []
        var candAt = [Int32](repeating: -1, count: n * m)
        var candidates = [[Int]](repeating: [], count: n)
        for s in 0..<n where relaxation.fixedColumn[s] < 0 {
            var list = problem.options[s].filter { allowed.isEmpty || allowed[$0] || $0 == start[s] }
            list.sort { desirability[$0] > desirability[$1] }
            if list.count > candidatesPerService { list = Array(list.prefix(candidatesPerService)) }
            if !list.contains(start[s]) { list.append(start[s]) }
            guard list.count > 1 else { continue }
            free.append(s)
            candidates[s] = list
            for j in list { candAt[s * m + muni[j]] = Int32(j) }
        }
        guard !free.isEmpty else { return nil }

        // State.
        var agent = host.map { muni[$0] }
        var load = [Int](repeating: 0, count: m)
        var onAgent = [[Int]](repeating: [], count: m)
        var position = [Int](repeating: 0, count: n)
        for s in free {
            load[agent[s]] += weight[host[s]]
            position[s] = onAgent[agent[s]].count
            onAgent[agent[s]].append(s)
        }
        @inline(__always) func penalty(_ i: Int, _ l: Int) -> Int { max(0, l - upper[i]) + max(0, lower[i] - l) }
        var totalPenalty = 0
        for i in 0..<m { totalPenalty += penalty(i, load[i]) }
        var current = host.reduce(0.0) { $0 + profit[$1] }
        let epsilon = problem.integralObjective ? 0.5 : 1e-9

        // Penalty weight: the typical profit spread per unit of load.
        var spread = 0.0
        var units = 0.0
        for s in free {
            let values = candidates[s].map { profit[$0] }
            spread += (values.max() ?? 0) - (values.min() ?? 0)
            units += Double(candidates[s].reduce(0) { $0 + weight[$1] }) / Double(candidates[s].count)
        }
        let alphaFloor = max(1e-6, 0.01 * spread / max(1, units))
        var alpha = max(alphaFloor, spread / max(1, units))

        var best: [Int]? = nil
        var bestProfit = -Double.infinity
        var reported: SearchState?
        func record() {
            var state = SearchState(problem, hosts: host)
            state.recompute()
            guard state.isFeasible else { return }
            best = host
            bestProfit = current
            reported = state
            improved(state)
        }
        if totalPenalty == 0 { record() }

        var tabuUntil = [Int](repeating: 0, count: n * m)
        let baseTenure = max(5, free.count / 25)
        let restart = restartAfter > 0 ? restartAfter : max(2000, 20 * free.count)
        var iteration = 0
        var lastBest = 0

        func move(_ s: Int, to j: Int) {
            let a = agent[s]
            let i = muni[j]
            load[a] -= weight[host[s]]
            load[i] += weight[j]
            current += profit[j] - profit[host[s]]
            // Remove from a, add to i.
            let p = position[s]
            let last = onAgent[a].removeLast()
            if last != s {
                onAgent[a][p] = last
                position[last] = p
            }
            position[s] = onAgent[i].count
            onAgent[i].append(s)
            tabuUntil[s * m + a] = iteration + baseTenure + rng.integer(0...baseTenure)
            host[s] = j
            agent[s] = i
        }

        while bestProfit < target {
            iteration += 1
            if iteration & 15 == 0, ContinuousClock.now > deadline { break }
            if let patience, iteration - lastBest > patience { break }
            if iteration - lastBest > restart, let kept = best {
                // Restart from the best with a kick of a few random shifts.
                for s in free where host[s] != kept[s] { move(s, to: kept[s]) }
                for k in tabuUntil.indices { tabuUntil[k] = 0 }
                for _ in 0..<max(2, free.count / 20) {
                    let s = free[rng.integer(0...(free.count - 1))]
                    let list = candidates[s]
                    move(s, to: list[rng.integer(0...(list.count - 1))])
                }
                totalPenalty = 0
                for i in 0..<m { totalPenalty += penalty(i, load[i]) }
                lastBest = iteration
            }
            var bestValue = -Double.infinity
            var moveS = -1
            var moveJ = -1
            var moveT = -1
            var moveK = -1
            var ties = 0
            @inline(__always) func consider(_ value: Double, _ s: Int, _ j: Int, _ t: Int, _ k: Int) {
                if value > bestValue + 1e-12 {
                    bestValue = value
                    moveS = s
                    moveJ = j
                    moveT = t
                    moveK = k
                    ties = 1
                } else if value > bestValue - 1e-12 {
                    ties += 1
                    if rng.integer(0...(ties - 1)) == 0 {
                        moveS = s
                        moveJ = j
                        moveT = t
                        moveK = k
                    }
                }
            }
            for s in free {
                let a = agent[s]
                let h = host[s]
                let la = load[a]
                let wh = weight[h]
                let leave = penalty(a, la - wh) - penalty(a, la)
                for j in candidates[s] {
                    let i = muni[j]
                    if i == a { continue }
                    let li = load[i]
                    // Shift s to i.
                    let dPen = leave + penalty(i, li + weight[j]) - penalty(i, li)
                    let dProfit = profit[j] - profit[h]
                    let tabu = tabuUntil[s * m + i] > iteration
                    if !tabu || (totalPenalty + dPen == 0 && current + dProfit > bestProfit + epsilon) {
                        consider(dProfit - alpha * Double(dPen), s, j, -1, -1)
                    }
                    // Swap s with each t on i that may go to a.
                    for t in onAgent[i] where t > s {
                        let k32 = candAt[t * m + a]
                        if k32 < 0 { continue }
                        let k = Int(k32)
                        let ht = host[t]
                        let newA = la - wh + weight[k]
                        let newI = li - weight[ht] + weight[j]
                        let dPen2 = penalty(a, newA) + penalty(i, newI) - penalty(a, la) - penalty(i, li)
                        let dProfit2 = dProfit + profit[k] - profit[ht]
                        let tabu2 = tabu || tabuUntil[t * m + a] > iteration
                        if !tabu2 || (totalPenalty + dPen2 == 0 && current + dProfit2 > bestProfit + epsilon) {
                            consider(dProfit2 - alpha * Double(dPen2), s, j, t, k)
                        }
                    }
                }
            }
            guard moveS >= 0 else {
                // Everything is tabu: let the tenures run out.
                continue
            }
            move(moveS, to: moveJ)
            if moveT >= 0 { move(moveT, to: moveK) }
            totalPenalty = 0
            for i in 0..<m { totalPenalty += penalty(i, load[i]) }
            if totalPenalty > 0 {
                alpha *= 1.1
            } else {
                alpha = max(alphaFloor, alpha / 1.1)
                if current > bestProfit + epsilon {
                    let previous = bestProfit
                    record()
                    if bestProfit > previous { lastBest = iteration }
                }
            }
        }
        return reported
    }
}
