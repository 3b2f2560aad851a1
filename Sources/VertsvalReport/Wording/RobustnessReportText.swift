internal import Vertsval

/// The wording of the robustness part of a case report (`RobustnessReport`): its heading,
/// chart, and the captions and columns of its tables, in nn, nb and en.
enum RobustnessReportText: Equatable {
    case robustnessHeading
    case rankNumber(Int)
    case acceptabilityChartTitle
    case acceptabilityChartDescriptionPrefix
    case percentOfDraws
    case acceptabilityCaption(error: String)
    case confidence
    case centralWeightCaption
    case curveCaption
    case firstAtWeight

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .robustnessHeading: return t.pick(nn: "Kor robust er resultatet?", nb: "Hvor robust er resultatet?", en: "How robust is the result?")
        case let .rankNumber(rank): return t.pick(nn: "Rang \(rank)", nb: "Rang \(rank)", en: "Rank \(rank)")
        case .acceptabilityChartTitle:
            return t.pick(
                nn: "Kor ofte kvar kommune får kvar rang",
                nb: "Hvor ofte hver kommune får hver rang",
                en: "How often each municipality gets each rank")
        case .acceptabilityChartDescriptionPrefix:
            return t.pick(
                nn: "Del av trekningane der kommunen er først: ",
                nb: "Andel av trekningene der kommunen er først: ",
                en: "Share of draws where the municipality is first: ")
        case .percentOfDraws: return t.pick(nn: "% av trekningane", nb: "% av trekningene", en: "% of draws")
        case let .acceptabilityCaption(error):
            return t.pick(
                nn:
                    "Rangakseptabilitet: del av trekningane der kommunen får kvar rang (± \(error) prosentpoeng). Tiltru: del av tilfella kommunen er først med sentralvektene sine.",
                nb:
                    "Rangakseptabilitet: andel av trekningene der kommunen får hver rang (± \(error) prosentpoeng). Tiltro: andel av tilfellene kommunen er først med sentralvektene sine.",
                en:
                    "Rank acceptability: share of draws in which the municipality gets each rank (± \(error) percentage points). Confidence: share of cases in which it is first with its central weights."
            )
        case .confidence: return t.pick(nn: "Tiltru", nb: "Tiltro", en: "Confidence")
        case .centralWeightCaption:
            return t.pick(
                nn: "Sentralvekter: snittet av dei vektene som gjer kommunen best, mot vektene som er brukte.",
                nb: "Sentralvekter: snittet av de vektene som gjør kommunen best, mot vektene som er brukt.",
                en: "Central weights: the average of the weights that make the municipality best, against the weights used.")
        case .curveCaption:
            return t.pick(
                nn: "Kven som er først når vekta på eitt kriterium går frå 0 til 100 % (dei andre skalerte tilsvarande).",
                nb: "Hvem som er først når vekten på ett kriterium går fra 0 til 100 % (de andre skalert tilsvarende).",
                en: "Who is first as one criterion's weight goes from 0 to 100 % (the others rescaled in proportion).")
        case .firstAtWeight: return t.pick(nn: "Først ved vekt", nb: "Først ved vekt", en: "First at weight")
        }
    }
}
