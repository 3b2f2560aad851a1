package import GLPK
package import Vertsval

/// The mixed-integer model of a portfolio: a binary x[s, m] for each service and eligible
/// municipality, one host per service, decided hosts fixed, every rule as rows tagged with
/// the rule they come from, and the objective Σ importance(s) · value(s, m) · x[s, m].
package struct AssignmentModel: Sendable {
    /// A column: which service at which municipality.
    public struct Pair: Sendable, Hashable {
        /// Index into `portfolio.services`.
        public var service: Int
        /// The municipality id.
        public var municipality: Municipality.ID
    }

    /// A rule row: its rule, the coefficients and its bounds.
    struct RuleRow: Sendable {
        var rule: Rule
        var name: String
        var terms: [(column: Int, value: Double)]
        var bounds: Bounds

        /// The bounds moved outward by `amount` (a minimum down, a maximum up); a fixed or
        /// two-sided row is not moved.
        func bounds(relaxedBy amount: Double) -> Bounds {
            guard amount != 0 else { return bounds }
            switch bounds {
            case let .atLeast(lower): return .atLeast(lower - amount)
            case let .atMost(upper): return .atMost(upper + amount)
            default: return bounds
            }
        }
    }

    /// The portfolio modelled.
    public let portfolio: Portfolio
    /// The columns, in order.
    public let pairs: [Pair]
    /// Columns per service.
    let columnsOfService: [[Int]]
    /// The rule rows.
    let ruleRows: [RuleRow]
    /// Balance targets: the population share of all FTE, and the band, per municipality.
    public let targets: [Municipality.ID: (target: Double, lower: Double, upper: Double)]

    /// Builds the model of `portfolio`.
    public init(_ portfolio: Portfolio) {
        self.portfolio = portfolio
        var pairs: [Pair] = []
        var columnsOfService: [[Int]] = []
        for (s, service) in portfolio.services.enumerated() {
            var columns: [Int] = []
            let eligible = service.decidedHost.map { [$0] } ?? service.eligible
            for municipality in eligible {
                columns.append(pairs.count)
                pairs.append(Pair(service: s, municipality: municipality))
            }
            columnsOfService.append(columns)
        }
        self.pairs = pairs
        self.columnsOfService = columnsOfService

        let region = portfolio.region
        let rules = portfolio.rules
        let total = portfolio.totalFTE
        var rows: [RuleRow] = []
        func columns(of municipality: Municipality.ID) -> [Int] {
            pairs.indices.filter { pairs[$0].municipality == municipality }
        }
        func fteTerms(_ municipality: Municipality.ID) -> [(column: Int, value: Double)] {
            columns(of: municipality).map { ($0, portfolio.services[pairs[$0].service].fte(at: municipality)) }
        }
        let name = { (text: String) in LinearModel.sanitizedName(text) }
        var targets: [Municipality.ID: (Double, Double, Double)] = [:]
        if let band = rules.balance {
            let members = band.municipalities ?? region.municipalities.map(\.id)
            for municipality in members {
                let target = region.populationShare(of: municipality) * total
                let half = band.relative * target + band.absolute
                let lower = max(0, target - half)
                let upper = target + half
                targets[municipality] = (target, lower, upper)
                let terms = fteTerms(municipality)
                if lower > 0 {
                    rows.append(
                        RuleRow(
                            rule: .balanceMinimum(municipality: municipality), name: name("balance_min_\(municipality)"), terms: terms,
                            bounds: .atLeast(lower)))
                }
                rows.append(
                    RuleRow(
                        rule: .balanceMaximum(municipality: municipality), name: name("balance_max_\(municipality)"), terms: terms,
                        bounds: .atMost(upper)))
            }
        }
        for bound in rules.fteBounds {
            let terms = fteTerms(bound.municipality)
            if let minimum = bound.minimum {
                rows.append(
                    RuleRow(
                        rule: .fteMinimum(municipality: bound.municipality), name: name("fte_min_\(bound.municipality)"), terms: terms,
                        bounds: .atLeast(minimum)))
            }
            if let maximum = bound.maximum {
                rows.append(
                    RuleRow(
                        rule: .fteMaximum(municipality: bound.municipality), name: name("fte_max_\(bound.municipality)"), terms: terms,
                        bounds: .atMost(maximum)))
            }
        }
        if let count = rules.serviceCount {
            for municipality in region.municipalities.map(\.id) {
                let terms = columns(of: municipality).map { ($0, 1.0) }
                // "Where the rules allow": a minimum applies to municipalities eligible for
                // at least that many services.
                if let minimum = count.minimum, minimum > 0, terms.count >= minimum {
                    rows.append(
                        RuleRow(
                            rule: .countMinimum(municipality: municipality), name: name("services_min_\(municipality)"), terms: terms,
                            bounds: .atLeast(Double(minimum))))
                }
                if let maximum = count.maximum {
                    rows.append(
                        RuleRow(
                            rule: .countMaximum(municipality: municipality), name: name("services_max_\(municipality)"), terms: terms,
                            bounds: .atMost(Double(maximum))))
                }
            }
        }
        let serviceIndex = Dictionary(uniqueKeysWithValues: portfolio.services.enumerated().map { ($1.id, $0) })
        func column(_ service: Int, _ municipality: Municipality.ID) -> Int? {
            columnsOfService[service].first { pairs[$0].municipality == municipality }
        }
        for pair in rules.together {
            guard let a = serviceIndex[pair.first], let b = serviceIndex[pair.second] else { continue }
            let places = Set(columnsOfService[a].map { pairs[$0].municipality }).union(columnsOfService[b].map { pairs[$0].municipality })
            for municipality in places.sorted() {
                var terms: [(column: Int, value: Double)] = []
                if let x = column(a, municipality) { terms.append((x, 1)) }
                if let y = column(b, municipality) { terms.append((y, -1)) }
                rows.append(
                    RuleRow(
                        rule: .together(pair.first, pair.second), name: name("together_\(pair.first)_\(pair.second)_\(municipality)"), terms: terms,
                        bounds: .fixed(0)))
            }
        }
        for pair in rules.apart {
            guard let a = serviceIndex[pair.first], let b = serviceIndex[pair.second] else { continue }
            for municipality in region.municipalities.map(\.id) {
                guard let x = column(a, municipality), let y = column(b, municipality) else { continue }
                rows.append(
                    RuleRow(
                        rule: .apart(pair.first, pair.second), name: name("apart_\(pair.first)_\(pair.second)_\(municipality)"),
                        terms: [(x, 1), (y, 1)], bounds: .atMost(1)))
            }
        }
        self.ruleRows = rows
        self.targets = targets.mapValues { (target: $0.0, lower: $0.1, upper: $0.2) }
    }

    /// Every rule in the model, in a stable order.
    public var rules: [Rule] {
        var seen: Set<Rule> = []
        return ruleRows.compactMap { seen.insert($0.rule).inserted ? $0.rule : nil }
    }

    /// The value of hosting column `j`, weighted by the service's importance.
    func objectiveCoefficient(_ j: Int) -> Double {
        let service = portfolio.services[pairs[j].service]
        return service.importance * (service.values[pairs[j].municipality] ?? 0)
    }

    /// The GLPK model.
    ///
    /// - Parameters:
    ///   - leavingOut: rules whose rows are left out.
    ///   - relaxing: rules whose bound is moved outward by the given amount.
    ///   - excluding: earlier solutions (host per service) cut off by no-good constraints.
    public func linearModel(leavingOut: Set<Rule> = [], relaxing: [Rule: Double] = [:], excluding: [[Int]] = []) -> LinearModel {
        var model = LinearModel(name: LinearModel.sanitizedName("vertsval_\(portfolio.id)"), objective: .maximize)
        for (j, pair) in pairs.enumerated() {
            let service = portfolio.services[pair.service]
            let fixed = service.decidedHost != nil
            model.addColumn(
                Column(
                    name: LinearModel.sanitizedName("x_\(service.id)_\(pair.municipality)"), kind: .binary,
                    bounds: fixed ? .fixed(1) : .between(0, 1), objectiveCoefficient: objectiveCoefficient(j)))
        }
        for (s, service) in portfolio.services.enumerated() {
            model.addRow(
                Row(name: LinearModel.sanitizedName("assign_\(service.id)"), bounds: .fixed(1), coefficients: columnsOfService[s].map { ($0, 1.0) }))
        }
        for row in ruleRows where !leavingOut.contains(row.rule) {
            model.addRow(Row(name: row.name, bounds: row.bounds(relaxedBy: relaxing[row.rule] ?? 0), coefficients: row.terms))
        }
        for (index, hosts) in excluding.enumerated() {
            model.addRow(noGoodCut(hosts, index: index))
        }
        return model
    }

    /// The open services, whose hosts the optimiser chooses.
    var openServices: [Int] {
        portfolio.services.indices.filter { portfolio.services[$0].decidedHost == nil }
    }

    /// A row that cuts off one assignment (host column per service): at least one open
    /// service must move.
    func noGoodCut(_ hosts: [Int], index: Int) -> Row {
        let open = openServices
        return Row(
            name: "nogood_\(index + 1)", bounds: .atMost(Double(open.count - 1)),
            coefficients: open.map { (hosts[$0], 1.0) })
    }

    /// The host column per service in a solution.
    func hosts(in values: [Double]) -> [Int] {
        columnsOfService.map { columns in columns.max { values[$0] < values[$1] } ?? 0 }
    }
}
