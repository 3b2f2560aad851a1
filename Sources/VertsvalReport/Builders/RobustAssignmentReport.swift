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

    private var t: Phrasebook { Phrasebook(language) }
    private var n: NumberFormat { NumberFormat(language) }
    private var words: RuleWording { RuleWording(portfolio: portfolio, language: language) }

    /// The explanation.
    public func sentences() -> [String] {
        var sentences = [
            t.pick(
                nn:
                    "Vektene i sakene bak verdiane er trekte \(n.format(robust.samples)) gonger (frø \(robust.seed)), og fordelinga er løyst på nytt for kvar trekning.",
                nb:
                    "Vektene i sakene bak verdiene er trukket \(n.format(robust.samples)) ganger (frø \(robust.seed)), og fordelingen er løst på nytt for hver trekning.",
                en:
                    "The weights of the cases behind the values were drawn \(n.format(robust.samples)) times (seed \(robust.seed)), and the assignment re-solved for each draw."
            )
        ]
        let contested = robust.contested
        if contested.isEmpty {
            sentences.append(
                t.pick(
                    nn:
                        "Alle tenestene held vertskommunen sin i minst \(n.percent(100 * RobustAssignment.contestedBelow, decimals: 0)) av trekningane.",
                    nb:
                        "Alle tjenestene holder vertskommunen sin i minst \(n.percent(100 * RobustAssignment.contestedBelow, decimals: 0)) av trekningene.",
                    en: "Every service keeps its host in at least \(n.percent(100 * RobustAssignment.contestedBelow, decimals: 0)) of the draws."))
        }
        for service in contested {
            let others = service.hosts.filter { $0.key != service.host }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
                .map { "\(words.municipality($0.key)) \(n.percent(100 * $0.value, decimals: 0))" }
            sentences.append(
                t.pick(
                    nn:
                        "\(words.capitalized(words.service(service.service))) er omstridd: ho held \(words.municipality(service.host)) i \(n.percent(100 * service.kept, decimals: 0)) av trekningane; elles \(t.list(others)).",
                    nb:
                        "\(words.capitalized(words.service(service.service))) er omstridt: den holder \(words.municipality(service.host)) i \(n.percent(100 * service.kept, decimals: 0)) av trekningene; ellers \(t.list(others)).",
                    en:
                        "\(words.capitalized(words.service(service.service))) is contested: it keeps \(words.municipality(service.host)) in \(n.percent(100 * service.kept, decimals: 0)) of the draws; otherwise \(t.list(others))."
                ))
        }
        if robust.infeasibleSamples > 0 {
            sentences.append(
                t.pick(
                    nn: "I \(robust.infeasibleSamples) trekningar heldt ingen fordeling reglane.",
                    nb: "I \(robust.infeasibleSamples) trekninger holdt ingen fordeling reglene.",
                    en: "In \(robust.infeasibleSamples) draws no assignment kept the rules."))
        }
        return sentences
    }

    /// The blocks, starting with a level-1 heading.
    public func blocks() -> [Block] {
        let rows = robust.services.map { service -> [String] in
            [
                portfolio.service(service.service)?.name.text(language) ?? service.service.rawValue, words.municipality(service.host),
                n.percent(100 * service.kept, decimals: 0),
                service.valuesVary ? "" : t.pick(nn: "faste verdiar", nb: "faste verdier", en: "fixed values"),
            ]
        }
        return [.heading(t.pick(nn: "Kor robust er fordelinga?", nb: "Hvor robust er fordelingen?", en: "How robust is the assignment?"), level: 1)]
            + sentences().map(Block.paragraph)
            + [
                .table(
                    Table(
                        caption: t.pick(
                            nn: "Del av trekningane der tenesta held vertskommunen", nb: "Andel av trekningene der tjenesten holder vertskommunen",
                            en: "Share of draws in which the service keeps its host"),
                        columns: [
                            .init(t.pick(nn: "Teneste", nb: "Tjeneste", en: "Service")),
                            .init(t.pick(nn: "Vertskommune", nb: "Vertskommune", en: "Host")),
                            .init(t.pick(nn: "Held", nb: "Holder", en: "Kept"), .trailing), .init(""),
                        ],
                        rows: rows))
            ]
    }
}
