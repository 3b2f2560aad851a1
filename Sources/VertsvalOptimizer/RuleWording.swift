public import Vertsval

/// Names of rules, services and municipalities in running text.
public struct RuleWording: Sendable {
    let portfolio: Portfolio
    let language: Language
    let t: Phrasebook

    /// Creates wording for `portfolio` in `language`.
    public init(portfolio: Portfolio, language: Language) {
        self.portfolio = portfolio
        self.language = language
        self.t = Phrasebook(language)
    }

    /// The municipality's name.
    public func municipality(_ id: Municipality.ID) -> String {
        portfolio.region.name(of: id)
    }

    /// The service's name, as it reads inside a sentence.
    public func service(_ id: PortfolioService.ID) -> String {
        guard let name = portfolio.service(id)?.name.text(language) else { return id.rawValue }
        let second = name.dropFirst().first
        if let second, second.isUppercase { return name }
        return (name.first.map { $0.lowercased() } ?? "") + name.dropFirst()
    }

    /// "the lower edge of Sogndal's balance band" and so on.
    public func rule(_ rule: Rule) -> String {
        switch rule {
        case let .balanceMinimum(m):
            t.pick(
                nn: "nedre grense i balansebandet for \(municipality(m))", nb: "nedre grense i balansebåndet for \(municipality(m))",
                en: "the lower edge of \(municipality(m))'s balance band")
        case let .balanceMaximum(m):
            t.pick(
                nn: "øvre grense i balansebandet for \(municipality(m))", nb: "øvre grense i balansebåndet for \(municipality(m))",
                en: "the upper edge of \(municipality(m))'s balance band")
        case let .fteMinimum(m):
            t.pick(
                nn: "minstekravet til årsverk i \(municipality(m))", nb: "minstekravet til årsverk i \(municipality(m))",
                en: "the minimum FTE for \(municipality(m))")
        case let .fteMaximum(m):
            t.pick(
                nn: "taket på årsverk i \(municipality(m))", nb: "taket på årsverk i \(municipality(m))", en: "the maximum FTE for \(municipality(m))"
            )
        case let .countMinimum(m):
            countMinimum(m, minimum: portfolio.rules.serviceCount?.minimum ?? 1)
        case let .countMaximum(m):
            t.pick(
                nn: "taket på tal tenester i \(municipality(m))", nb: "taket på antall tjenester i \(municipality(m))",
                en: "the maximum number of services in \(municipality(m))")
        case let .together(a, b):
            t.pick(
                nn: "regelen om at \(service(a)) og \(service(b)) skal ha same vertskommune",
                nb: "regelen om at \(service(a)) og \(service(b)) skal ha samme vertskommune",
                en: "the rule that \(service(a)) and \(service(b)) share a host")
        case let .apart(a, b):
            t.pick(
                nn: "regelen om at \(service(a)) og \(service(b)) skal ha ulike vertskommunar",
                nb: "regelen om at \(service(a)) og \(service(b)) skal ha ulike vertskommuner",
                en: "the rule that \(service(a)) and \(service(b)) have different hosts")
        }
    }

    private func countMinimum(_ m: Municipality.ID, minimum: Int) -> String {
        minimum == 1
            ? t.pick(
                nn: "kravet om minst éi teneste i \(municipality(m))", nb: "kravet om minst én tjeneste i \(municipality(m))",
                en: "the rule of at least one service in \(municipality(m))")
            : t.pick(
                nn: "kravet om minst \(minimum) tenester i \(municipality(m))", nb: "kravet om minst \(minimum) tjenester i \(municipality(m))",
                en: "the rule of at least \(minimum) services in \(municipality(m))")
    }

    /// "eitt årsverk meir rom for Sogndal".
    func room(_ rule: Rule, unit: RuleUnit) -> String {
        let who = rule.municipality.map(municipality) ?? ""
        switch unit {
        case .fte:
            return t.pick(nn: "eitt årsverk meir rom for \(who)", nb: "ett årsverk mer rom for \(who)", en: "one more FTE of room for \(who)")
        case .services:
            return t.pick(nn: "éi teneste meir rom for \(who)", nb: "én tjeneste mer rom for \(who)", en: "room for one more service in \(who)")
        }
    }

    /// The text with its first letter upper-cased.
    public func capitalized(_ text: String) -> String {
        (text.first.map { $0.uppercased() } ?? "") + text.dropFirst()
    }
}
