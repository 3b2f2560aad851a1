/// The wording of the robustness explanation (`RobustnessExplanation`), in nn, nb and en.
/// Figures come formatted from the writer.
enum RobustnessExplanationText: Equatable {
    case templateWeightsSpace
    case spreadSpace(percent: String)
    case ordinalSpace
    case allWeightsSpace
    case bestIn(leader: String, share: String, space: String)
    case scoresVaryToo
    case mostSensitive(criterion: String)
    case confidence(municipality: String, confidence: String)
    case samplesAndError(samples: String, seed: UInt64, error: String, interval: String)
    case mostSensitiveOfWeights(criterion: String)
    case movedByScores(leader: String, scoresOnly: String, weightsOnly: String)
    case movedByWeights(leader: String, weightsOnly: String, scoresOnly: String)
    case movedByBoth(leader: String, weightsOnly: String, scoresOnly: String)
    case movedByNeither(leader: String, weightsOnly: String, scoresOnly: String)
    case rangesAbove(municipality: String, criteria: [String])
    case rangesBelow(municipality: String, criteria: [String])
    case ownUncertaintyPrefix
    case notRobust(ranked: String, leader: String, share: String)
    case shareOfDraws(municipality: String, share: String)

    /// The text in `language`.
    func text(in language: Language) -> String {
        let t = Phrasebook(language)
        switch self {
        case .templateWeightsSpace:
            return t.pick(
                nn: "av trekningane med vektene i malen", nb: "av trekningene med vektene i malen", en: "of draws with the template's weights")
        case let .spreadSpace(percent):
            return t.pick(
                nn: "av dei vektsetta som held seg innanfor ±\(percent) av vektene i malen",
                nb: "av de vektsettene som holder seg innenfor ±\(percent) av vektene i malen",
                en: "of the weightings within ±\(percent) of the template's weights")
        case .ordinalSpace:
            return t.pick(
                nn: "av dei vektsetta som held på rekkjefølgja av kriteria i malen",
                nb: "av de vektsettene som holder på rekkefølgen av kriteriene i malen",
                en: "of the weightings that keep the template's order of the criteria")
        case .allWeightsSpace:
            return t.pick(nn: "av alle moglege vektsett", nb: "av alle mulige vektsett", en: "of all possible weightings")
        case let .bestIn(leader, share, space):
            return t.pick(
                nn: "\(leader) er best i \(share) \(space)", nb: "\(leader) er best i \(share) \(space)", en: "\(leader) is best in \(share) \(space)"
            )
        case .scoresVaryToo:
            return t.pick(
                nn: ", når skåringane samstundes kan variere innanfor anslaga sine (låg–høg, eller ulike vurderarar)",
                nb: ", når skåringene samtidig kan variere innenfor anslagene sine (lav–høy, eller ulike vurderere)",
                en: ", with the scores varying within their estimates (low–high, or different assessors) at the same time")
        case let .mostSensitive(criterion):
            return t.pick(
                nn: "Resultatet er mest følsamt for vekta på \(criterion).", nb: "Resultatet er mest følsomt for vekten på \(criterion).",
                en: "The result is most sensitive to the weight of \(criterion).")
        case let .confidence(municipality, confidence):
            return t.pick(
                nn:
                    "Med dei vektene som oftast gjer \(municipality) best (sentralvektene), er \(municipality) først i \(confidence) av tilfella når berre skåringane varierer.",
                nb:
                    "Med de vektene som oftest gjør \(municipality) best (sentralvektene), er \(municipality) først i \(confidence) av tilfellene når bare skåringene varierer.",
                en:
                    "With the weights that most often make \(municipality) best (its central weights), \(municipality) is first in \(confidence) of cases when only the scores vary."
            )
        case let .samplesAndError(samples, seed, error, interval):
            return t.pick(
                nn:
                    "Tala byggjer på \(samples) tilfeldige trekningar (frø \(seed)) og er estimat: den største standardfeilen er \(error) prosentpoeng, så med 95 % sikkerheit ligg det sanne talet innanfor ±\(interval) prosentpoeng av det som står.",
                nb:
                    "Tallene bygger på \(samples) tilfeldige trekninger (frø \(seed)) og er estimater: den største standardfeilen er \(error) prosentpoeng, så med 95 % sikkerhet ligger det sanne tallet innenfor ±\(interval) prosentpoeng av det som står.",
                en:
                    "The figures rest on \(samples) random draws (seed \(seed)) and are estimates: the largest standard error is \(error) percentage points, so with 95 % confidence the true figure lies within ±\(interval) percentage points of the one shown."
            )
        case let .mostSensitiveOfWeights(criterion):
            return t.pick(
                nn: "Av vektene er resultatet mest følsamt for vekta på \(criterion), men det er skåringane som flyttar det.",
                nb: "Av vektene er resultatet mest følsomt for vekten på \(criterion), men det er skåringene som flytter det.",
                en: "Of the weights, the result is most sensitive to the weight of \(criterion), but it is the scores that move it.")
        case let .movedByScores(leader, scoresOnly, weightsOnly):
            return t.pick(
                nn:
                    "Det er spenna i skåringane som flyttar resultatet, ikkje vektene: med berre skåringane usikre er \(leader) først i \(scoresOnly) av trekningane, med berre vektene usikre i \(weightsOnly).",
                nb:
                    "Det er spennene i skåringene som flytter resultatet, ikke vektene: med bare skåringene usikre er \(leader) først i \(scoresOnly) av trekningene, med bare vektene usikre i \(weightsOnly).",
                en:
                    "It is the ranges of the scores that move the result, not the weights: with only the scores uncertain \(leader) is first in \(scoresOnly) of the draws, with only the weights uncertain in \(weightsOnly)."
            )
        case let .movedByWeights(leader, weightsOnly, scoresOnly):
            return t.pick(
                nn:
                    "Det er usikkerheita i vektene som flyttar resultatet: med berre vektene usikre er \(leader) først i \(weightsOnly) av trekningane, med berre skåringane usikre i \(scoresOnly).",
                nb:
                    "Det er usikkerheten i vektene som flytter resultatet: med bare vektene usikre er \(leader) først i \(weightsOnly) av trekningene, med bare skåringene usikre i \(scoresOnly).",
                en:
                    "It is the uncertainty of the weights that moves the result: with only the weights uncertain \(leader) is first in \(weightsOnly) of the draws, with only the scores uncertain in \(scoresOnly)."
            )
        case let .movedByBoth(leader, weightsOnly, scoresOnly):
            return t.pick(
                nn:
                    "Både vektene og spenna i skåringane flyttar resultatet: med berre vektene usikre er \(leader) først i \(weightsOnly) av trekningane, med berre skåringane usikre i \(scoresOnly).",
                nb:
                    "Både vektene og spennene i skåringene flytter resultatet: med bare vektene usikre er \(leader) først i \(weightsOnly) av trekningene, med bare skåringene usikre i \(scoresOnly).",
                en:
                    "Both the weights and the ranges of the scores move the result: with only the weights uncertain \(leader) is first in \(weightsOnly) of the draws, with only the scores uncertain in \(scoresOnly)."
            )
        case let .movedByNeither(leader, weightsOnly, scoresOnly):
            return t.pick(
                nn:
                    "Verken vektene eller skåringane flyttar resultatet mykje åleine: med berre vektene usikre er \(leader) først i \(weightsOnly) av trekningane, med berre skåringane usikre i \(scoresOnly).",
                nb:
                    "Verken vektene eller skåringene flytter resultatet mye alene: med bare vektene usikre er \(leader) først i \(weightsOnly) av trekningene, med bare skåringene usikre i \(scoresOnly).",
                en:
                    "Neither the weights nor the scores move the result much on their own: with only the weights uncertain \(leader) is first in \(weightsOnly) of the draws, with only the scores uncertain in \(scoresOnly)."
            )
        case let .rangesAbove(municipality, criteria):
            return t.pick(
                nn: "Spenna til \(municipality) på \(t.list(criteria)) ligg på den gunstige sida av skåringane.",
                nb: "Spennene til \(municipality) på \(t.list(criteria)) ligger på den gunstige siden av skåringene.",
                en: "\(municipality)'s ranges on \(t.list(criteria)) lie on the favourable side of its scores.")
        case let .rangesBelow(municipality, criteria):
            return t.pick(
                nn: "Spenna til \(municipality) på \(t.list(criteria)) ligg på den ugunstige sida av skåringane.",
                nb: "Spennene til \(municipality) på \(t.list(criteria)) ligger på den ugunstige siden av skåringene.",
                en: "\(municipality)'s ranges on \(t.list(criteria)) lie on the unfavourable side of its scores.")
        case .ownUncertaintyPrefix:
            return t.pick(
                nn: "Saka bruker eiga vektusikkerheit: ", nb: "Saken bruker egen vektusikkerhet: ", en: "The case uses its own weight uncertainty: ")
        case let .notRobust(ranked, leader, share):
            return t.pick(
                nn:
                    "Rangeringa er ikkje robust: \(ranked) er først med skåringane og vektene slik dei står, men \(leader) er først i \(share) av trekningane når vekter og skåringar varierer innanfor anslaga. Sjå «Kor robust er resultatet?».",
                nb:
                    "Rangeringen er ikke robust: \(ranked) er først med skåringene og vektene slik de står, men \(leader) er først i \(share) av trekningene når vekter og skåringer varierer innenfor anslagene. Se «Hvor robust er resultatet?».",
                en:
                    "The ranking is not robust: \(ranked) is first with the scores and weights as they stand, but \(leader) is first in \(share) of the draws when weights and scores vary within their estimates. See 'How robust is the result?'."
            )
        case let .shareOfDraws(municipality, share):
            return t.pick(nn: "\(municipality) i \(share)", nb: "\(municipality) i \(share)", en: "\(municipality) in \(share)")
        }
    }
}
