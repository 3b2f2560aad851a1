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

    /// Creates a builder.
    public init(
        _ portfolio: Portfolio, result: AssignmentResult, language: Language, reproducibility: Reproducibility? = nil,
        robust: RobustAssignment? = nil, explanation: AssignmentExplanation? = nil
    ) {
        self.robust = robust
        self.explanation = explanation
        self.portfolio = portfolio
        self.result = result
        self.language = language
        self.reproducibility = reproducibility
    }

    private var t: Phrasebook { Phrasebook(language) }
    private var n: NumberFormat { NumberFormat(language) }
    private var words: RuleWording { RuleWording(portfolio: portfolio, language: language) }

    /// The document.
    public func document() -> Document {
        let explanation = explanation ?? AssignmentExplanation(result, portfolio: portfolio, language: language)
        var blocks: [Block] = []
        if let notice = portfolio.notice {
            blocks.append(.note(Note(kind: .important, label: t.pick(nn: "Merk", nb: "Merk", en: "Note"), text: notice.text(language))))
        }
        blocks.append(.heading(t.pick(nn: "Resultat", nb: "Resultat", en: "Result"), level: 1))
        blocks += explanation.summary.map(Block.paragraph)
        if !result.conflicts.isEmpty || result.status == .infeasible {
            blocks.append(
                .heading(
                    t.pick(nn: "Reglane kan ikkje haldast samstundes", nb: "Reglene kan ikke holdes samtidig", en: "The rules cannot all hold"),
                    level: 1))
            blocks.append(
                .paragraph(
                    t.pick(
                        nn: "Den minste endringa som gjer reglane mogleg å halde samstundes:",
                        nb: "Den minste endringen som gjør reglene mulig å holde samtidig:",
                        en: "The smallest change that lets the rules hold together:")))
            blocks.append(.bullets(explanation.conflicts))
        }
        if !result.assignment.isEmpty {
            blocks.append(.table(assignmentTable()))
            if reproducibility != nil { blocks.append(.chart(PortfolioCharts(portfolio, result: result, language: language).balance())) }
            blocks.append(.table(balanceTable()))
        }
        if !result.bindingRules.isEmpty {
            blocks.append(.heading(t.pick(nn: "Reglar som bind", nb: "Regler som binder", en: "Rules that bind"), level: 1))
            blocks += explanation.bindingRules.map(Block.paragraph)
        }
        if !explanation.displaced.isEmpty {
            blocks.append(
                .heading(
                    t.pick(
                        nn: "Tenester som ikkje får høgast verdi", nb: "Tjenester som ikke får høyest verdi",
                        en: "Services not at their best-valued host"),
                    level: 1))
            blocks += explanation.displaced.map(Block.paragraph)
        }
        if !explanation.alternatives.isEmpty {
            blocks.append(
                .heading(t.pick(nn: "Dei nest beste fordelingane", nb: "De nest beste fordelingene", en: "The next-best assignments"), level: 1))
            blocks.append(.bullets(explanation.alternatives))
        }
        if let robust { blocks += RobustAssignmentReport(robust, portfolio: portfolio, language: language).blocks() }
        if !result.assignment.isEmpty, portfolio.services.contains(where: { $0.budget != nil }) {
            blocks.append(.heading(t.pick(nn: "Kostnadsdeling", nb: "Kostnadsdeling", en: "Cost sharing"), level: 1))
            blocks += CostSharingReport(portfolio: portfolio, hosts: hosts, language: language).blocks()
            if reproducibility != nil, let chart = PortfolioCharts(portfolio, result: result, language: language).costAgainstJobs() {
                blocks.append(.chart(chart))
            }
        }
        if let reproducibility { blocks += reproducibility.blocks(language: language) }
        return Document(
            title: portfolio.title.text(language),
            subtitle: t.pick(nn: "Region: ", nb: "Region: ", en: "Region: ") + portfolio.region.name.text(language),
            language: language, runningHeader: [portfolio.title.text(language)], blocks: blocks)
    }

    var hosts: [PortfolioService.ID: Municipality.ID] {
        Dictionary(uniqueKeysWithValues: result.assignment.map { ($0.service, $0.host) })
    }

    func assignmentTable() -> Table {
        let rows = result.assignment.map { entry -> [String] in
            let service = portfolio.service(entry.service)
            return [
                service?.name.text(language) ?? entry.service.rawValue,
                n.format(service?.fte ?? 0, decimals: 1),
                words.municipality(entry.host) + (entry.decided ? " " + t.pick(nn: "(vedteke)", nb: "(vedtatt)", en: "(decided)") : ""),
                entry.decided && !(service?.hasDecidedValue ?? false) ? "–" : n.format(entry.value, decimals: 1),
                entry.runnerUp.map { "\(words.municipality($0)) (\(n.format(entry.runnerUpValue ?? 0, decimals: 1)))" } ?? "–",
                entry.margin.map { n.signed($0, decimals: 1) } ?? "–",
            ]
        }
        return Table(
            caption: t.pick(
                nn:
                    "Fordeling. Verdi 0–100 for å leggje tenesta til vertskommunen; «Nest best» er den andre kommunen med høgast verdi, og skilnaden er verdi minus verdien der.",
                nb:
                    "Fordeling. Verdi 0–100 for å legge tjenesten til vertskommunen; «Nest best» er den andre kommunen med høyest verdi, og forskjellen er verdi minus verdien der.",
                en:
                    "Assignment. Value 0–100 of placing the service at the host; 'Runner-up' is the other municipality with the highest value, and the difference is value minus its value."
            ),
            columns: [
                .init(t.pick(nn: "Teneste", nb: "Tjeneste", en: "Service")),
                .init(t.pick(nn: "Årsverk", nb: "Årsverk", en: "FTE"), .trailing),
                .init(t.pick(nn: "Vertskommune", nb: "Vertskommune", en: "Host")),
                .init(t.pick(nn: "Verdi", nb: "Verdi", en: "Value"), .trailing),
                .init(t.pick(nn: "Nest best", nb: "Nest best", en: "Runner-up")),
                .init(t.pick(nn: "Skilnad", nb: "Forskjell", en: "Difference"), .trailing),
            ],
            rows: rows,
            footer: [
                [
                    t.pick(nn: "Sum", nb: "Sum", en: "Total"), n.format(portfolio.totalFTE, decimals: 1), "",
                    result.objective.map { n.format($0, decimals: 1) } ?? "–", "", "",
                ]
            ])
    }

    func balanceTable() -> Table {
        let rows = result.loads.map { load -> [String] in
            [
                words.municipality(load.municipality),
                n.percent(100 * load.populationShare, decimals: 1),
                load.target.map { n.format($0, decimals: 1) } ?? "–",
                load.lower.map { lower in "\(n.format(lower, decimals: 1))–\(n.format(load.upper ?? lower, decimals: 1))" } ?? "–",
                n.format(load.fte, decimals: 1),
                String(load.services),
            ]
        }
        return Table(
            caption: t.pick(
                nn: "Balanse: årsverk kvar kommune er vert for, mot målet (delen av folketalet av alle årsverka) og bandet reglane tillèt.",
                nb: "Balanse: årsverk hver kommune er vert for, mot målet (andelen av folketallet av alle årsverkene) og båndet reglene tillater.",
                en: "Balance: FTE each municipality hosts, against its target (its population share of all FTE) and the band the rules allow."),
            columns: [
                .init(t.pick(nn: "Kommune", nb: "Kommune", en: "Municipality")),
                .init(t.pick(nn: "Folketal", nb: "Folketall", en: "Population"), .trailing),
                .init(t.pick(nn: "Mål", nb: "Mål", en: "Target"), .trailing),
                .init(t.pick(nn: "Band", nb: "Bånd", en: "Band"), .trailing),
                .init(t.pick(nn: "Årsverk", nb: "Årsverk", en: "FTE"), .trailing),
                .init(t.pick(nn: "Tenester", nb: "Tjenester", en: "Services"), .trailing),
            ],
            rows: rows)
    }
}
