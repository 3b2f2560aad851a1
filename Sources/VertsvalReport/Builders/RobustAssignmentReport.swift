public import Vertsval
public import VertsvalOptimizer

/// The robust assignment of a portfolio in words and a table.
public struct RobustAssignmentReport: Sendable {
    let robust: RobustAssignment
    let portfolio: Portfolio
    let language: Language

    /// Creates the part.
    public init(_ robust: RobustAssignment, portfolio: Portfolio, language: Language) {
        self.robust = robust
        self.portfolio = portfolio
        self.language = language
    }

    private var n: NumberFormat { NumberFormat(language) }
    /// `key` in the language written in.
    private func text(_ key: PortfolioReportText) -> String { key.text(in: language) }
    /// The shared `key` in the language written in.
    private func text(_ key: ReportText) -> String { key.text(in: language) }
    private var words: RuleWording { RuleWording(portfolio: portfolio, language: language) }

    /// The explanation.
    public func sentences() -> [String] {
        var sentences = [text(.robustDraws(samples: n.format(robust.samples), seed: robust.seed))]
        let contested = robust.contested
        if contested.isEmpty {
            sentences.append(text(.everyServiceKept(share: n.percent(100 * RobustAssignment.contestedBelow, decimals: 0))))
        }
        for service in contested {
            let others = service.hosts.filter { $0.key != service.host }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "\(words.municipality($0.key)) \(n.percent(100 * $0.value, decimals: 0))" }
            sentences.append(
                text(
                    .contested(
                        service: words.capitalized(words.service(service.service)), host: words.municipality(service.host),
                        kept: n.percent(100 * service.kept, decimals: 0), others: others)))
        }
        if robust.infeasibleSamples > 0 {
            sentences.append(text(.infeasibleDraws(count: robust.infeasibleSamples)))
        }
        return sentences
    }

    /// The blocks, starting with a level-1 heading.
    public func blocks() -> [Block] {
        let rows = robust.services.map { service -> [String] in
            [
                portfolio.service(service.service)?.name.text(language) ?? service.service.rawValue, words.municipality(service.host),
                n.percent(100 * service.kept, decimals: 0),
                service.valuesVary ? "" : text(.fixedValues),
            ]
        }
        return [.heading(text(.robustAssignmentHeading), level: 1)]
            + sentences().map(Block.paragraph)
            + [
                .table(
                    Table(
                        caption: text(.keptCaption),
                        columns: [
                            .init(text(.service)),
                            .init(text(.host)),
                            .init(text(.kept), .trailing), .init(""),
                        ],
                        rows: rows))
            ]
    }
}
