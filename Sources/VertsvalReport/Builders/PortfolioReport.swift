public import Vertsval
public import VertsvalOptimizer
public import VertsvalStudy

/// Builds the document for an optimised portfolio: the assignment, balance, binding rules,
/// displaced services, alternatives, conflicts, and cost sharing.
public struct PortfolioReport: Sendable {
    /// The portfolio.
    public let portfolio: Portfolio
    /// The optimiser's result.
    public let result: AssignmentResult
    /// The language written in.
    public let language: Language
    /// The reproducibility box, for reports.
    public let reproducibility: Reproducibility?
    /// The robust assignment, for reports.
    public let robust: RobustAssignment?
    /// The assignment in words, when already written (with the rules a what-if run
    /// switched off); else written from `result`.
    public let explanation: AssignmentExplanation?
    /// The advice to the board, when already written (with the rules a what-if run switched
    /// off); else written from `result` and `robust`.
    public let advice: AssignmentAdvice?
    /// The rules a what-if run switched off, and the portfolio with every rule (for their
    /// bounds); empty and nil when every rule applies.
    public let rulesOff: [PortfolioRule]
    /// The portfolio with every rule, when some were switched off.
    public let original: Portfolio?

    /// Creates a builder.
    public init(
        _ portfolio: Portfolio, result: AssignmentResult, language: Language, reproducibility: Reproducibility? = nil,
        robust: RobustAssignment? = nil, explanation: AssignmentExplanation? = nil, advice: AssignmentAdvice? = nil,
        rulesOff: [PortfolioRule] = [], original: Portfolio? = nil
    ) {
        self.robust = robust
        self.explanation = explanation
        self.advice = advice
        self.rulesOff = rulesOff
        self.original = original
        self.portfolio = portfolio
        self.result = result
        self.language = language
        self.reproducibility = reproducibility
    }

    /// Creates a builder for an optimised portfolio, with its explanation and advice written
    /// for the rules it ran under.
    public init(_ optimized: OptimizedPortfolio, language: Language, reproducibility: Reproducibility? = nil, robust: RobustAssignment? = nil) {
        self.init(
            optimized.portfolio, result: optimized.result, language: language, reproducibility: reproducibility, robust: robust,
            explanation: optimized.explanation(in: language), advice: optimized.advice(in: language, robust: robust),
            rulesOff: optimized.input.rulesOff, original: optimized.input.loaded.portfolio)
    }

    private var n: NumberFormat { NumberFormat(language) }
    /// `key` in the language written in.
    private func text(_ key: PortfolioReportText) -> String { key.text(in: language) }
    /// The shared `key` in the language written in.
    private func text(_ key: ReportText) -> String { key.text(in: language) }
    private var words: RuleWording { RuleWording(portfolio: portfolio, language: language) }

    /// The document.
    public func document() -> Document {
        let explanation = explanation ?? AssignmentExplanation(result, portfolio: portfolio, language: language)
        var blocks: [Block] = []
        if let notice = portfolio.notice {
            blocks.append(.note(Note(kind: .important, label: text(.note), text: notice.text(language))))
        }
        let advice = advice ?? AssignmentAdvice(result, portfolio: portfolio, language: language, robust: robust)
        blocks.append(.heading(text(.recommendation), level: 1))
        blocks += advice.lead.map(Block.paragraph)
        if !advice.services.isEmpty { blocks.append(.bullets(advice.services)) }
        blocks += advice.closing.map(Block.paragraph)
        blocks.append(.heading(text(.result), level: 1))
        blocks += explanation.summary.map(Block.paragraph)
        if !result.conflicts.isEmpty || result.status == .infeasible {
            blocks.append(.heading(text(.rulesConflict), level: 1))
            blocks.append(.paragraph(text(.smallestChange)))
            blocks.append(.bullets(explanation.conflicts))
        }
        if !result.assignment.isEmpty {
            // After the advice and the summary, the assignment table starts a new page
            // rather than leave a few rows at the foot of the first.
            blocks.append(.pageBreakHint)
            blocks.append(.table(assignmentTable()))
            blocks += heldBackNotes().map(Block.paragraph)
            if reproducibility != nil { blocks.append(.chart(PortfolioCharts(portfolio, result: result, language: language).balance())) }
            blocks.append(.pageBreakHint)
            blocks.append(.table(balanceTable()))
            if let basis = balanceBasis() { blocks.append(.paragraph(basis)) }
        }
        let rules = ruleTable()
        if !rules.rows.isEmpty {
            blocks.append(.heading(text(.rulesHeading), level: 1))
            blocks.append(.table(rules))
        }
        if !result.bindingRules.isEmpty {
            blocks.append(.heading(text(.bindingRules), level: 1))
            blocks += explanation.bindingRules.map(Block.paragraph)
        }
        if !explanation.displaced.isEmpty {
            blocks.append(.heading(text(.displaced), level: 1))
            blocks += explanation.displaced.map(Block.paragraph)
        }
        if !explanation.alternatives.isEmpty {
            blocks.append(.heading(text(.alternatives), level: 1))
            blocks.append(.bullets(explanation.alternatives))
        }
        if let robust { blocks += RobustAssignmentReport(robust, portfolio: portfolio, language: language).blocks() }
        if !result.assignment.isEmpty, portfolio.services.contains(where: { $0.budget != nil }) {
            blocks.append(.heading(text(.costSharing), level: 1))
            blocks += CostSharingReport(portfolio: portfolio, hosts: hosts, language: language).blocks()
            if reproducibility != nil, let chart = PortfolioCharts(portfolio, result: result, language: language).costAgainstJobs() {
                blocks.append(.chart(chart))
            }
        }
        if let reproducibility { blocks += reproducibility.blocks(language: language) }
        return Document(
            title: portfolio.title.text(language),
            subtitle: text(.regionPrefix) + portfolio.region.name.text(language),
            language: language, runningHeader: [portfolio.title.text(language)], blocks: blocks)
    }

    var hosts: [PortfolioService.ID: Municipality.ID] {
        Dictionary(uniqueKeysWithValues: result.assignment.map { ($0.service, $0.host) })
    }

    func assignmentTable() -> Table {
        let marks = Dictionary(uniqueKeysWithValues: heldBack().map { ($0.entry.service, $0.mark) })
        let rows = result.assignment.map { entry -> [String] in
            let service = portfolio.service(entry.service)
            return [
                service?.name.text(language) ?? entry.service.rawValue,
                n.format(service?.fte ?? 0, decimals: 1),
                words.municipality(entry.host) + (entry.decided ? " " + text(.decidedMark) : ""),
                entry.decided && !(service?.hasDecidedValue ?? false) ? "–" : n.format(entry.value, decimals: 1),
                entry.runnerUp.map { "\(words.municipality($0)) (\(n.format(entry.runnerUpValue ?? 0, decimals: 1)))" + (marks[entry.service] ?? "") }
                    ?? "–",
                entry.shownMargin.map { n.signed($0, decimals: 1) } ?? "–",
            ]
        }
        return Table(
            caption: text(.assignmentCaption),
            columns: [
                .init(text(.service)),
                .init(text(.fte), .trailing),
                .init(text(.host)),
                .init(text(.value), .trailing),
                .init(text(.runnerUp)),
                .init(text(.difference), .trailing),
            ],
            rows: rows,
            footer: [
                [
                    text(.total), n.format(portfolio.totalFTE, decimals: 1), "",
                    result.objective.map { n.format($0, decimals: 1) } ?? "–", "", "",
                ]
            ])
    }

    /// The FTE a municipality may host: the balance band and its absolute FTE bounds
    /// together (the tighter of each end); «≥ 2,0» or «≤ 10,0» when only one end binds,
    /// «–» when neither applies.
    func band(_ load: MunicipalityLoad) -> String {
        let bounds = portfolio.rules.fteBounds.filter { $0.municipality == load.municipality }
        let lower = ([load.lower].compactMap { $0 } + bounds.compactMap(\.minimum)).max()
        let upper = ([load.upper].compactMap { $0 } + bounds.compactMap(\.maximum)).min()
        switch (lower, upper) {
        case let (low?, high?): return "\(n.format(low, decimals: 1))–\(n.format(high, decimals: 1))"
        case let (low?, nil): return "≥\u{00A0}" + n.format(low, decimals: 1)
        case let (nil, high?): return "≤\u{00A0}" + n.format(high, decimals: 1)
        case (nil, nil): return "–"
        }
    }

    /// The FTE hosted in all, and each municipality's share of it after the assignment.
    private var hostedFTE: Double { result.loads.reduce(0) { $0 + $1.fte } }
    private func fteShare(_ load: MunicipalityLoad, of total: Double) -> Double { total > 0 ? load.fte / total : 0 }

    /// The regional-balance criteria of the linked cases that count hosting, with their basis.
    private var balanceBases: [(criterion: Criterion, basis: ComputedMeasure.HostingBasis)] {
        portfolio.balanceCriteria.compactMap { criterion -> (criterion: Criterion, basis: ComputedMeasure.HostingBasis)? in
            guard case let .hostedShareGap(basis)? = criterion.computed else { return nil }
            return (criterion, basis)
        }
    }

    private func decimals(_ basis: ComputedMeasure.HostingBasis) -> Int { basis == .fte ? 1 : 0 }

    /// What each regional-balance criterion counts, and the municipality whose share differs
    /// most between that basis and the FTE after the assignment; nil without such criteria.
    /// Written after the balance table (its caption stays short).
    func balanceBasis() -> String? {
        let region = portfolio.region
        var sentences: [String] = []
        for (criterion, basis) in balanceBases {
            let count = region.hostedTotal(basis: basis)
            sentences.append(
                BalanceBasisText.criterionBasis(
                    criterion: criterion.name.text(language), basis: basis, total: n.format(count, decimals: decimals(basis)),
                    column: BalanceBasisText.todayColumn(basis: basis).text(in: language)
                ).text(in: language))
            // The municipality whose share differs most between the two bases (the domain's).
            let hosted = result.loads.map { (municipality: $0.municipality, fte: $0.fte) }
            if let widest = region.widestHostingGap(basis: basis, hosted: hosted),
                let load = result.loads.first(where: { $0.municipality == widest.municipality })
            {
                sentences.append(
                    BalanceBasisText.contrast(
                        municipality: words.municipality(widest.municipality),
                        today: BalanceBasisText.todayShare(share: n.percent(100 * widest.today, decimals: 1), basis: basis).text(in: language),
                        after: n.percent(100 * widest.after, decimals: 1),
                        population: n.percent(100 * load.populationShare, decimals: 1)
                    ).text(in: language))
            }
        }
        return sentences.isEmpty ? nil : sentences.joined(separator: " ")
    }

    /// The balance after the assignment in FTE (what the rules count) and, for each regional-
    /// balance criterion of the linked cases, its own basis today (the region's register), so
    /// that a reader sees what each calls balance; `balanceBasis()` says which basis is which.
    func balanceTable() -> Table {
        let total = hostedFTE
        let region = portfolio.region
        let bases = balanceBases
        let rows = result.loads.map { load -> [String] in
            [
                words.municipality(load.municipality),
                n.percent(100 * load.populationShare, decimals: 1),
                load.target.map { n.format($0, decimals: 1) } ?? "–",
                band(load),
                n.format(load.fte, decimals: 1),
                n.percent(100 * fteShare(load, of: total), decimals: 1),
                String(load.services),
            ]
                + bases.map { _, basis in
                    let today = region.hostedShare(of: load.municipality, basis: basis)
                    return n.format(today.amount, decimals: decimals(basis)) + " (" + n.percent(100 * today.share, decimals: 1) + ")"
                }
        }
        let caption = text(.balanceCaption)
        return Table(
            caption: caption,
            columns: [
                .init(text(.municipality)),
                .init(text(.population), .trailing),
                .init(text(.target), .trailing),
                .init(text(.band), .trailing),
                .init(text(.fte), .trailing),
                .init(text(.share), .trailing),
                .init(text(.services), .trailing),
            ] + bases.map { .init(BalanceBasisText.todayColumn(basis: $0.basis).text(in: language), .trailing) },
            rows: rows)
    }
}
