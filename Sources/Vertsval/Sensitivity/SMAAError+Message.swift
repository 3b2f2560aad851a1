extension SMAAError {
    /// The error in words: what was expected and what was found.
    public func message(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case let .emptyProblem(alternatives, criteria):
            return t.pick(
                nn: "SMAA treng minst eitt alternativ og eitt kriterium, fekk \(alternatives) og \(criteria)",
                nb: "SMAA trenger minst ett alternativ og ett kriterium, fikk \(alternatives) og \(criteria)",
                en: "SMAA needs at least one alternative and one criterion, got \(alternatives) and \(criteria)")
        case let .valueRowCount(expected, found):
            return t.pick(
                nn: "verditabellen må ha \(expected) rader (ei per alternativ), fekk \(found)",
                nb: "verditabellen må ha \(expected) rader (én per alternativ), fikk \(found)",
                en: "the value table must have \(expected) rows (one per alternative), got \(found)")
        case let .valueColumnCount(alternative, expected, found):
            return t.pick(
                nn: "rad \(alternative) i verditabellen må ha \(expected) verdiar (ein per kriterium), fekk \(found)",
                nb: "rad \(alternative) i verditabellen må ha \(expected) verdier (én per kriterium), fikk \(found)",
                en: "row \(alternative) of the value table must have \(expected) values (one per criterion), got \(found)")
        case let .invalidValue(alternative, criterion, distribution):
            let cell = t.pick(
                nn: "verdien for alternativ \(alternative), kriterium \(criterion)",
                nb: "verdien for alternativ \(alternative), kriterium \(criterion)",
                en: "the value of alternative \(alternative) on criterion \(criterion)")
            return cell + " " + describeProblem(distribution, t)
        case let .weightCount(expected, found):
            return t.pick(
                nn: "vektlista må ha \(expected) tal (eitt per kriterium), fekk \(found)",
                nb: "vektlisten må ha \(expected) tall (ett per kriterium), fikk \(found)",
                en: "the weight list must have \(expected) numbers (one per criterion), got \(found)")
        case let .invalidWeight(criterion, value):
            return t.pick(
                nn: "vekta for kriterium \(criterion) må vere eit endeleg tal ≥ 0, fekk \(t.number(value))",
                nb: "vekten for kriterium \(criterion) må være et endelig tall ≥ 0, fikk \(t.number(value))",
                en: "the weight of criterion \(criterion) must be a finite number ≥ 0, got \(t.number(value))")
        case let .weightsDoNotSumToOne(sum):
            return t.pick(
                nn: "vektene må summere til 1, summen er \(t.numbers.format(sum, decimals: 6))",
                nb: "vektene må summere til 1, summen er \(t.numbers.format(sum, decimals: 6))",
                en: "the weights must sum to 1, the sum is \(t.numbers.format(sum, decimals: 6))")
        case let .boxBoundsReversed(criterion, lower, upper):
            return t.pick(
                nn: "vektintervallet for kriterium \(criterion) har nedre grense \(t.number(lower)) over øvre \(t.number(upper))",
                nb: "vektintervallet for kriterium \(criterion) har nedre grense \(t.number(lower)) over øvre \(t.number(upper))",
                en: "the weight interval of criterion \(criterion) has lower bound \(t.number(lower)) above upper bound \(t.number(upper))")
        case let .boxInfeasible(lowerSum, upperSum):
            let sums = "\(t.numbers.format(lowerSum, decimals: 4)) … \(t.numbers.format(upperSum, decimals: 4))"
            return t.pick(
                nn: "ingen vekter i intervalla summerer til 1: summen kan berre vere \(sums)",
                nb: "ingen vekter i intervallene summerer til 1: summen kan bare være \(sums)",
                en: "no weights within the intervals sum to 1: the sum can only be \(sums)")
        case let .boxTooNarrow(rate):
            let shown = t.numbers.format(rate * 100, decimals: 4) + " %"
            return t.pick(
                nn: "vektintervalla gir for lite rom (\(shown) av trekka blir godtekne); gjer intervalla breiare",
                nb: "vektintervallene gir for lite rom (\(shown) av trekkene blir godtatt); gjør intervallene bredere",
                en: "the weight intervals leave too little room (\(shown) of draws accepted); widen the intervals")
        case let .invalidOrder(order, criteria):
            let listed = "[" + order.map(String.init).joined(separator: ", ") + "]"
            return t.pick(
                nn: "rekkjefølgja av kriterium må ha kvart nummer 0–\(criteria - 1) nøyaktig éin gong, fekk \(listed)",
                nb: "rekkefølgen av kriterier må ha hvert nummer 0–\(criteria - 1) nøyaktig én gang, fikk \(listed)",
                en: "the criterion order must list each index 0–\(criteria - 1) exactly once, got \(listed)")
        case let .invalidSampleCount(count):
            return t.pick(
                nn: "talet på trekk må vere minst 1, fekk \(count)",
                nb: "antall trekk må være minst 1, fikk \(count)",
                en: "the number of samples must be at least 1, got \(count)")
        case let .invalidThreadCount(count):
            return t.pick(
                nn: "talet på trådar må vere minst 1, fekk \(count)",
                nb: "antall tråder må være minst 1, fikk \(count)",
                en: "the number of threads must be at least 1, got \(count)")
        case let .weightSamplingStalled(count):
            return t.pick(
                nn: "vekttrekkinga gav opp etter \(count) forkasta trekk på rad; gjer vektintervalla breiare",
                nb: "vekttrekkingen ga opp etter \(count) forkastede trekk på rad; gjør vektintervallene bredere",
                en: "weight sampling gave up after \(count) rejected draws in a row; widen the weight intervals")
        }
    }

    /// "must be finite, got x" and the like, for one value cell.
    private func describeProblem(_ distribution: ValueDistribution, _ t: Phrasebook) -> String {
        switch distribution {
        case let .fixed(value):
            return t.pick(
                nn: "må vere eit tal mellom −10¹⁵ og 10¹⁵, fekk \(t.number(value))",
                nb: "må være et tall mellom −10¹⁵ og 10¹⁵, fikk \(t.number(value))",
                en: "must be a number between −10¹⁵ and 10¹⁵, got \(t.number(value))")
        case let .uniform(low, high):
            return t.pick(
                nn: "må vere eit intervall innanfor ±10¹⁵ med låg ≤ høg, fekk \(t.number(low)) … \(t.number(high))",
                nb: "må være et intervall innenfor ±10¹⁵ med lav ≤ høy, fikk \(t.number(low)) … \(t.number(high))",
                en: "must be an interval within ±10¹⁵ with low ≤ high, got \(t.number(low)) … \(t.number(high))")
        case let .discrete(values):
            let listed = values.isEmpty ? "[]" : "[" + values.map { t.number($0) }.joined(separator: ", ") + "]"
            return t.pick(
                nn: "må vere ei ikkje-tom liste med tal innanfor ±10¹⁵, fekk \(listed)",
                nb: "må være en ikke-tom liste med tall innenfor ±10¹⁵, fikk \(listed)",
                en: "must be a non-empty list of numbers within ±10¹⁵, got \(listed)")
        }
    }
}
