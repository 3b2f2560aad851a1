public import Vertsval
internal import VertsvalOptimizer
public import VertsvalStudy

extension PortfolioRule {
    /// The rule in words, for a switch on the web page or a list of rules switched off:
    /// «Balanseband: ±25 % + 2,0 årsverk», «Tal på tenester per kommune», «PPT og … saman».
    public func label(in portfolio: Portfolio, language: Language) -> String {
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        let words = RuleWording(portfolio: portfolio, language: language)
        switch self {
        case .balance:
            let band = portfolio.rules.balance
            return t.pick(nn: "Balanseband: ±", nb: "Balansebånd: ±", en: "Balance band: ±") + n.percent(100 * (band?.relative ?? 0), decimals: 0)
                + " + " + n.format(band?.absolute ?? 0, decimals: 1) + t.pick(nn: " årsverk", nb: " årsverk", en: " FTE")
        case .fteBounds:
            return t.pick(nn: "Grenser for årsverk", nb: "Grenser for årsverk", en: "FTE bounds")
        case .serviceCount:
            return t.pick(nn: "Tal på tenester per kommune", nb: "Antall tjenester per kommune", en: "Services per municipality")
        case let .together(a, b):
            return words.capitalized(words.rule(.together(a, b)))
        case let .apart(a, b):
            return words.capitalized(words.rule(.apart(a, b)))
        }
    }
}
