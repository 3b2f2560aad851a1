public import Vertsval

/// Names of rules, services and municipalities in running text.
public struct RuleWording: Sendable {
    let portfolio: Portfolio
    let language: Language

    /// Creates wording for `portfolio` in `language`.
    public init(portfolio: Portfolio, language: Language) {
        self.portfolio = portfolio
        self.language = language
    }

    /// The municipality's name.
    public func municipality(_ id: Municipality.ID) -> String {
        portfolio.region.name(of: id)
    }

    /// The service's name, as it reads inside a sentence: lower-cased first letter, except
    /// for an abbreviation («PPT») or a name that starts with the region's or a
    /// municipality's name («Sogn kulturskule»).
    public func service(_ id: PortfolioService.ID) -> String {
        guard let name = portfolio.service(id)?.name.text(language) else { return id.rawValue }
        let second = name.dropFirst().first
        if let second, second.isUppercase { return name }
        let firstWord = String(name.prefix { $0.isLetter })
        let proper = [portfolio.region.name.text(language)] + portfolio.region.municipalities.map(\.name)
        if proper.contains(firstWord) { return name }
        return (name.first.map { $0.lowercased() } ?? "") + name.dropFirst()
    }

    /// "the lower edge of Sogndal's balance band" and so on.
    public func rule(_ rule: Rule) -> String {
        switch rule {
        case let .balanceMinimum(m):
            text(.balanceMinimum(municipality: municipality(m)))
        case let .balanceMaximum(m):
            text(.balanceMaximum(municipality: municipality(m)))
        case let .fteMinimum(m):
            text(.fteMinimum(municipality: municipality(m)))
        case let .fteMaximum(m):
            text(.fteMaximum(municipality: municipality(m)))
        case let .countMinimum(m):
            countMinimum(m, minimum: portfolio.rules.serviceCount?.minimum ?? 1)
        case let .countMaximum(m):
            text(.countMaximum(municipality: municipality(m)))
        case let .together(a, b):
            text(.together(first: service(a), second: service(b)))
        case let .apart(a, b):
            text(.apart(first: service(a), second: service(b)))
        }
    }

    private func countMinimum(_ m: Municipality.ID, minimum: Int) -> String {
        minimum == 1
            ? text(.atLeastOneService(municipality: municipality(m)))
            : text(.atLeastServices(minimum: minimum, municipality: municipality(m)))
    }

    /// "eitt årsverk meir rom for Sogndal".
    func room(_ rule: Rule, unit: RuleUnit) -> String {
        let who = rule.municipality.map(municipality) ?? ""
        switch unit {
        case .fte:
            return text(.oneMoreFTE(municipality: who))
        case .services:
            return text(.oneMoreService(municipality: who))
        }
    }

    private func text(_ key: RuleWordingText) -> String { key.text(in: language) }

    /// The text with its first letter upper-cased.
    public func capitalized(_ text: String) -> String {
        (text.first.map { $0.uppercased() } ?? "") + text.dropFirst()
    }
}
