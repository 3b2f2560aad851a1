internal import Vertsval
internal import VertsvalOptimizer
internal import VertsvalStudy

/// The applied rules table, and the notes that say which rules keep a service from a
/// runner-up with a higher value than its host.
extension PortfolioReport {
    /// `key` in the language written in.
    private func text(_ key: PortfolioReportText) -> String { key.text(in: language) }
    private var n: NumberFormat { NumberFormat(language) }
    private var t: Phrasebook { Phrasebook(language) }
    private var words: RuleWording { RuleWording(portfolio: portfolio, language: language) }

    // MARK: Runner-up with a higher value

    /// The services whose runner-up has a higher value than their host, each with the mark
    /// («¹», «²» …) its runner-up cell and its note carry.
    func heldBack() -> [(entry: ServiceAssignment, mark: String)] {
        let entries = result.assignment.filter { entry in
            guard !entry.decided, let other = entry.runnerUpValue else { return false }
            return other > entry.value + 1e-9
        }
        return entries.enumerated().map { ($1, Self.superscript($0 + 1)) }
    }

    /// One note per service in `heldBack()`: which rule or rules keep it from the
    /// better-valued municipality, as «Tenester som ikkje får høgast verdi» says.
    func heldBackNotes() -> [String] {
        heldBack().map { entry, mark in
            let service = words.capitalized(words.service(entry.service))
            let runnerUp = words.municipality(entry.runnerUp ?? entry.best)
            let host = words.municipality(entry.host)
            guard let displacement = result.displacement(of: entry.service) else {
                return text(.heldUnexplained(mark: mark, service: service, runnerUp: runnerUp, host: host))
            }
            if !displacement.movedBy.isEmpty {
                return text(
                    .heldBy(
                        mark: mark, service: service, runnerUp: runnerUp, host: host, rules: t.list(displacement.movedBy.map(words.rule)),
                        single: displacement.movedBy.count == 1))
            }
            if !displacement.movedByTogether.isEmpty {
                return text(
                    .heldByTogether(
                        mark: mark, service: service, runnerUp: runnerUp, host: host, rules: t.list(displacement.movedByTogether.map(words.rule))))
            }
            return text(.heldBySum(mark: mark, service: service, runnerUp: runnerUp, host: host))
        }
    }

    /// `number` in superscript digits: 1 → «¹», 12 → «¹²».
    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }

    // MARK: Applied rules

    /// One row of the applied rules table, with the optimiser's rules it stands for (none
    /// for a decided host or a rule switched off).
    struct RuleRow {
        var label: String
        var bound: String
        var value: String
        var binds: String
        var rules: [Rule]
    }

    /// The rules the assignment was computed under, grouped per municipality (a band's or
    /// a bound's two ends in one row), then the decided hosts and the rules switched off.
    func ruleRows() -> [RuleRow] {
        var order: [String] = []
        var groups: [String: [AppliedRule]] = [:]
        for applied in result.appliedRules {
            let key = Self.groupKey(applied.rule)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(applied)
        }
        var rows = order.compactMap { groups[$0] }.map(row)
        for service in portfolio.services {
            guard let host = service.decidedHost else { continue }
            rows.append(
                RuleRow(
                    label: text(.decidedHostOf(service: words.service(service.id))), bound: words.municipality(host),
                    value: result.host(of: service.id).map(words.municipality) ?? "–", binds: text(.decided), rules: []))
        }
        let full = original ?? portfolio
        for rule in rulesOff {
            rows.append(
                RuleRow(
                    label: rule.label(in: full, language: language), bound: switchedOffBound(rule, in: full), value: "–", binds: text(.switchedOff),
                    rules: []))
        }
        return rows
    }

    func ruleTable() -> Table {
        Table(
            caption: text(.rulesCaption(sameAsBindingSection: !result.bindingRules.isEmpty)),
            columns: [
                .init(ReportText.rule.text(in: language)), .init(text(.bound), .trailing), .init(text(.inAssignment), .trailing), .init(text(.binds)),
            ],
            rows: ruleRows().map { [$0.label, $0.bound, $0.value, $0.binds] })
    }

    /// The rules that share a row: the two ends of a municipality's band, of its FTE bounds,
    /// of its service count; each pair rule alone.
    static func groupKey(_ rule: Rule) -> String {
        switch rule {
        case let .balanceMinimum(m), let .balanceMaximum(m): "balance:\(m)"
        case let .fteMinimum(m), let .fteMaximum(m): "fte:\(m)"
        case let .countMinimum(m), let .countMaximum(m): "services:\(m)"
        case .together, .apart: rule.id
        }
    }

    private func row(_ group: [AppliedRule]) -> RuleRow {
        let first = group[0].rule
        let decimals = first.unit == .services ? 0 : 1
        let label: String
        let bound: String
        var value = "–"
        switch first {
        case .balanceMinimum(let m), .balanceMaximum(let m):
            label = text(.balanceBandOf(municipality: words.municipality(m)))
        case .fteMinimum(let m), .fteMaximum(let m):
            label = text(.fteBoundsOf(municipality: words.municipality(m)))
        case .countMinimum(let m), .countMaximum(let m):
            label = text(.serviceCountOf(municipality: words.municipality(m)))
        case .together, .apart:
            label = words.capitalized(words.rule(first))
        }
        switch first {
        case .together(let a, let b), .apart(let a, let b):
            bound = text(first.isTogether ? .sameHost : .differentHosts)
            if let x = result.host(of: a), let y = result.host(of: b) {
                value = x == y ? text(.bothAt(host: words.municipality(x))) : t.list([words.municipality(x), words.municipality(y)])
            }
        default:
            let lower = group.first { $0.rule.isLower }?.bound
            let upper = group.first { !$0.rule.isLower }?.bound
            bound = range(lower, upper, decimals: decimals)
            value = group.compactMap(\.activity).first.map { n.format($0, decimals: decimals) } ?? "–"
        }
        return RuleRow(label: label, bound: bound, value: value, binds: binds(group), rules: group.map(\.rule))
    }

    /// «ja: 3,0 poeng» (naming the end when both ends are in the row), «saman med andre»,
    /// «ved grensa», «nei», or «ikkje prøvd»; «–» without an assignment.
    private func binds(_ group: [AppliedRule]) -> String {
        // Without an assignment there is nothing to stand against (the conflicts say what gives).
        guard !result.assignment.isEmpty else { return "–" }
        let standings = group.map { ($0, result.standing(of: $0)) }
        let binding = standings.compactMap { applied, standing -> String? in
            guard case let .binds(gain) = standing else { return nil }
            let points = n.format(gain, decimals: 1)
            guard group.count > 1 else { return text(.bindsGain(gain: points)) }
            return text(.bindsEdgeGain(edge: text(applied.rule.isLower ? .lowerEdge : .upperEdge), gain: points))
        }
        if !binding.isEmpty { return binding.joined(separator: "; ") }
        if standings.contains(where: { $0.1 == .bindsWithOthers }) { return text(.bindsWithOthers) }
        let untested = standings.compactMap { _, standing -> Bool? in
            if case let .untested(atBound) = standing { return atBound }
            return nil
        }
        if !untested.isEmpty { return text(untested.contains(true) ? .untestedAtBound : .untested) }
        if standings.contains(where: { $0.1 == .atBound }) { return text(.atBound) }
        return ReportText.no.text(in: language)
    }

    /// «1,3–9,7», «≥ 2,0», «≤ 3» or «–».
    private func range(_ lower: Double?, _ upper: Double?, decimals: Int) -> String {
        switch (lower, upper) {
        case let (low?, high?): "\(n.format(low, decimals: decimals))–\(n.format(high, decimals: decimals))"
        case let (low?, nil): "≥\u{00A0}" + n.format(low, decimals: decimals)
        case let (nil, high?): "≤\u{00A0}" + n.format(high, decimals: decimals)
        case (nil, nil): "–"
        }
    }

    /// The bound of a rule switched off, from the portfolio with every rule (the balance
    /// band's is in its label).
    private func switchedOffBound(_ rule: PortfolioRule, in full: Portfolio) -> String {
        switch rule {
        case .balance:
            return "–"
        case .fteBounds:
            return full.rules.fteBounds.map { "\(words.municipality($0.municipality)) \(range($0.minimum, $0.maximum, decimals: 1))" }
                .joined(separator: "; ")
        case .serviceCount:
            let count = full.rules.serviceCount
            return range(count?.minimum.map(Double.init), count?.maximum.map(Double.init), decimals: 0)
        case .together:
            return text(.sameHost)
        case .apart:
            return text(.differentHosts)
        }
    }
}

extension Rule {
    /// Whether the rule is a lower limit (a band's, a bound's or a count's lower end).
    fileprivate var isLower: Bool {
        switch self {
        case .balanceMinimum, .fteMinimum, .countMinimum: true
        default: false
        }
    }

    /// Whether the rule is a co-location rule.
    fileprivate var isTogether: Bool {
        if case .together = self { return true }
        return false
    }
}
