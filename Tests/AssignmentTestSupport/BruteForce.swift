public import Vertsval
public import VertsvalOptimizer

/// An independent, exhaustive solver for small portfolios: every combination of hosts,
/// checked against the rules as the README states them. Used to cross-check GLPK.
public enum BruteForce {
    /// One feasible assignment: the host per service and its objective.
    public struct Assignment: Sendable {
        /// The host municipality per service, in order.
        public var hosts: [Municipality.ID]
        /// Σ importance · value.
        public var objective: Double
    }

    /// Every feasible assignment, best first; rules in `ignoring` are not checked, and
    /// without `balanceRules` no FTE band, FTE bound or service count is checked.
    public static func all(_ portfolio: Portfolio, balanceRules: Bool = true, ignoring: Set<Rule> = []) -> [Assignment] {
        let options = portfolio.services.map { $0.decidedHost.map { [$0] } ?? Array($0.values.keys).sorted() }
        var result: [Assignment] = []
        var hosts = [Municipality.ID](repeating: "", count: options.count)
        func visit(_ s: Int) {
            if s == options.count {
                if feasible(portfolio, hosts: hosts, balanceRules: balanceRules, ignoring: ignoring) {
                    let objective = portfolio.services.indices.reduce(0.0) { sum, i in
                        sum + portfolio.services[i].importance * (portfolio.services[i].values[hosts[i]] ?? 0)
                    }
                    result.append(Assignment(hosts: hosts, objective: objective))
                }
                return
            }
            for host in options[s] {
                hosts[s] = host
                visit(s + 1)
            }
        }
        visit(0)
        return result.sorted { $0.objective > $1.objective }
    }

    /// Whether `hosts` (one per service, in order) keeps every rule not in `ignoring`.
    public static func feasible(_ portfolio: Portfolio, hosts: [Municipality.ID], balanceRules: Bool = true, ignoring: Set<Rule> = []) -> Bool {
        let services = portfolio.services
        let rules = portfolio.rules
        let index = Dictionary(uniqueKeysWithValues: services.enumerated().map { ($1.id, $0) })
        for pair in rules.together where !ignoring.contains(.together(pair.first, pair.second)) {
            guard let a = index[pair.first], let b = index[pair.second] else { continue }
            if hosts[a] != hosts[b] { return false }
        }
        for pair in rules.apart where !ignoring.contains(.apart(pair.first, pair.second)) {
            guard let a = index[pair.first], let b = index[pair.second] else { continue }
            if hosts[a] == hosts[b] { return false }
        }
        guard balanceRules else { return true }
        let region = portfolio.region
        let totalFTE = services.reduce(0) { $0 + $1.fte }
        let totalPopulation = Double(region.municipalities.reduce(0) { $0 + $1.population })
        func hosted(_ m: Municipality.ID) -> Double {
            services.indices.filter { hosts[$0] == m }.reduce(0) { $0 + services[$1].fte(at: m) }
        }
        let epsilon = 1e-7
        if let band = rules.balance {
            for municipality in region.municipalities where band.municipalities?.contains(municipality.id) ?? true {
                let target = Double(municipality.population) / totalPopulation * totalFTE
                let half = band.relative * target + band.absolute
                let fte = hosted(municipality.id)
                if !ignoring.contains(.balanceMinimum(municipality: municipality.id)), fte < target - half - epsilon { return false }
                if !ignoring.contains(.balanceMaximum(municipality: municipality.id)), fte > target + half + epsilon { return false }
            }
        }
        for bound in rules.fteBounds {
            let fte = hosted(bound.municipality)
            if let minimum = bound.minimum, !ignoring.contains(.fteMinimum(municipality: bound.municipality)), fte < minimum - epsilon {
                return false
            }
            if let maximum = bound.maximum, !ignoring.contains(.fteMaximum(municipality: bound.municipality)), fte > maximum + epsilon {
                return false
            }
        }
        if let count = rules.serviceCount {
            for municipality in region.municipalities {
                let hostedCount = hosts.filter { $0 == municipality.id }.count
                let eligibleCount = services.filter { ($0.decidedHost.map { [$0] } ?? Array($0.values.keys)).contains(municipality.id) }.count
                if let minimum = count.minimum, eligibleCount >= minimum, !ignoring.contains(.countMinimum(municipality: municipality.id)),
                    hostedCount < minimum
                {
                    return false
                }
                if let maximum = count.maximum, !ignoring.contains(.countMaximum(municipality: municipality.id)), hostedCount > maximum {
                    return false
                }
            }
        }
        return true
    }
}
