internal import Vertsval

/// The wording of rules in running text (`RuleWording`), in nn, nb and en.
enum RuleWordingText: Equatable {
    case balanceMinimum(municipality: String)
    case balanceMaximum(municipality: String)
    case fteMinimum(municipality: String)
    case fteMaximum(municipality: String)
    case countMaximum(municipality: String)
    case together(first: String, second: String)
    case apart(first: String, second: String)
    case atLeastOneService(municipality: String)
    case atLeastServices(minimum: Int, municipality: String)
    case oneMoreFTE(municipality: String)
    case oneMoreService(municipality: String)

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .balanceMinimum(municipality):
            return t.pick(
                nn: "nedre grense i balansebandet for \(municipality)", nb: "nedre grense i balansebåndet for \(municipality)",
                en: "the lower edge of \(municipality)'s balance band")
        case let .balanceMaximum(municipality):
            return t.pick(
                nn: "øvre grense i balansebandet for \(municipality)", nb: "øvre grense i balansebåndet for \(municipality)",
                en: "the upper edge of \(municipality)'s balance band")
        case let .fteMinimum(municipality):
            return t.pick(
                nn: "minstekravet til årsverk i \(municipality)", nb: "minstekravet til årsverk i \(municipality)",
                en: "the minimum FTE for \(municipality)")
        case let .fteMaximum(municipality):
            return t.pick(
                nn: "taket på årsverk i \(municipality)", nb: "taket på årsverk i \(municipality)", en: "the maximum FTE for \(municipality)")
        case let .countMaximum(municipality):
            return t.pick(
                nn: "taket på tal tenester i \(municipality)", nb: "taket på antall tjenester i \(municipality)",
                en: "the maximum number of services in \(municipality)")
        case let .together(first, second):
            return t.pick(
                nn: "regelen om at \(first) og \(second) skal ha same vertskommune",
                nb: "regelen om at \(first) og \(second) skal ha samme vertskommune", en: "the rule that \(first) and \(second) share a host")
        case let .apart(first, second):
            return t.pick(
                nn: "regelen om at \(first) og \(second) skal ha ulike vertskommunar",
                nb: "regelen om at \(first) og \(second) skal ha ulike vertskommuner", en: "the rule that \(first) and \(second) have different hosts"
            )
        case let .atLeastOneService(municipality):
            return t.pick(
                nn: "kravet om minst éi teneste i \(municipality)", nb: "kravet om minst én tjeneste i \(municipality)",
                en: "the rule of at least one service in \(municipality)")
        case let .atLeastServices(minimum, municipality):
            return t.pick(
                nn: "kravet om minst \(minimum) tenester i \(municipality)", nb: "kravet om minst \(minimum) tjenester i \(municipality)",
                en: "the rule of at least \(minimum) services in \(municipality)")
        case let .oneMoreFTE(municipality):
            return t.pick(
                nn: "eitt årsverk meir rom for \(municipality)", nb: "ett årsverk mer rom for \(municipality)",
                en: "one more FTE of room for \(municipality)")
        case let .oneMoreService(municipality):
            return t.pick(
                nn: "éi teneste meir rom for \(municipality)", nb: "én tjeneste mer rom for \(municipality)",
                en: "room for one more service in \(municipality)")
        }
    }
}
