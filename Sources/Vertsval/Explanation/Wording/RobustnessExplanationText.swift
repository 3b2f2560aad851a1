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
    case samplesAndError(samples: String, seed: UInt64, error: String)
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
        case let .samplesAndError(samples, seed, error):
            return t.pick(
                nn: "Tala byggjer på \(samples) tilfeldige trekningar (frø \(seed)); den statistiske usikkerheita er høgst \(error) prosentpoeng.",
                nb: "Tallene bygger på \(samples) tilfeldige trekninger (frø \(seed)); den statistiske usikkerheten er høyst \(error) prosentpoeng.",
                en: "The figures rest on \(samples) random draws (seed \(seed)); the statistical error is at most \(error) percentage points.")
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
