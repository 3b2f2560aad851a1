/// The robustness analysis in words; every number comes from a `CaseRobustness`.
public struct RobustnessExplanation: Sendable {
    /// The sentences, in order.
    public var sentences: [String]
    /// The sentences on confidence factors (also in `sentences`), which a compact report
    /// leaves out.
    public var confidence: [String]
    /// A warning for the top of a report when the first-ranked candidate is first in
    /// fewer than half of the draws; nil otherwise.
    public var warning: String?

    /// Writes the explanation of `robustness` in `language`.
    public init(_ robustness: CaseRobustness, language: Language) {
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        let evaluation = robustness.evaluation
        let result = robustness.result
        func name(_ id: Municipality.ID) -> String { evaluation.region.name(of: id) }
        func criterion(_ id: Criterion.ID) -> String {
            evaluation.template.criterion(id).map { ExplanationWriter.inline($0.name.text(language)) } ?? id.rawValue
        }
        var sentences: [String] = []
        let space: String
        switch robustness.uncertainty {
        case .exact:
            space = t.pick(
                nn: "av trekningane med vektene i malen", nb: "av trekningene med vektene i malen", en: "of draws with the template's weights")
        case let .spread(spread):
            let percent = n.format(100 * spread, decimals: 0) + "\u{00A0}%"
            space = t.pick(
                nn: "av dei vektsetta som held seg innanfor ±\(percent) av vektene i malen",
                nb: "av de vektsettene som holder seg innenfor ±\(percent) av vektene i malen",
                en: "of the weightings within ±\(percent) of the template's weights")
        case .ordinal:
            space = t.pick(
                nn: "av dei vektsetta som held på rekkjefølgja av kriteria i malen",
                nb: "av de vektsettene som holder på rekkefølgen av kriteriene i malen",
                en: "of the weightings that keep the template's order of the criteria")
        case .noInformation:
            space = t.pick(nn: "av alle moglege vektsett", nb: "av alle mulige vektsett", en: "of all possible weightings")
        }
        let shares = robustness.municipalities.enumerated()
            .map { (id: $1, first: result.rankAcceptability[$0].first ?? 0) }
            .sorted { $0.first > $1.first }
        if let top = shares.first {
            let others = shares.dropFirst().filter { $0.first >= 0.0005 }.map { "\(name($0.id)) i \(n.percent(100 * $0.first, decimals: 0))" }
            let othersEN = shares.dropFirst().filter { $0.first >= 0.0005 }.map { "\(name($0.id)) in \(n.percent(100 * $0.first, decimals: 0))" }
            var text = t.pick(
                nn: "\(name(top.id)) er best i \(n.percent(100 * top.first, decimals: 0)) \(space)",
                nb: "\(name(top.id)) er best i \(n.percent(100 * top.first, decimals: 0)) \(space)",
                en: "\(name(top.id)) is best in \(n.percent(100 * top.first, decimals: 0)) \(space)")
            if robustness.scoresUncertain {
                text += t.pick(
                    nn: ", når skåringane samstundes kan variere innanfor anslaga sine (låg–høg, eller ulike vurderarar)",
                    nb: ", når skåringene samtidig kan variere innenfor anslagene sine (lav–høy, eller ulike vurderere)",
                    en: ", with the scores varying within their estimates (low–high, or different assessors) at the same time")
            }
            text += others.isEmpty ? "." : "; " + t.list(language == .en ? othersEN : others) + "."
            sentences.append(text)
        }
        if let sensitive = robustness.mostSensitiveCriterion {
            sentences.append(
                t.pick(
                    nn: "Resultatet er mest følsamt for vekta på \(criterion(sensitive)).",
                    nb: "Resultatet er mest følsomt for vekten på \(criterion(sensitive)).",
                    en: "The result is most sensitive to the weight of \(criterion(sensitive))."))
        }
        var confidenceSentences: [String] = []
        for (index, id) in robustness.municipalities.enumerated() {
            guard let confidence = result.confidence[index], (result.rankAcceptability[index].first ?? 0) > 0.005 else { continue }
            if robustness.scoresUncertain {
                confidenceSentences.append(
                    t.pick(
                        nn:
                            "Med dei vektene som oftast gjer \(name(id)) best (sentralvektene), er \(name(id)) først i \(n.percent(100 * confidence, decimals: 0)) av tilfella når berre skåringane varierer.",
                        nb:
                            "Med de vektene som oftest gjør \(name(id)) best (sentralvektene), er \(name(id)) først i \(n.percent(100 * confidence, decimals: 0)) av tilfellene når bare skåringene varierer.",
                        en:
                            "With the weights that most often make \(name(id)) best (its central weights), \(name(id)) is first in \(n.percent(100 * confidence, decimals: 0)) of cases when only the scores vary."
                    ))
            }
        }
        self.confidence = confidenceSentences
        sentences += confidenceSentences
        let error = result.rankStandardError.flatMap { $0 }.max() ?? 0
        sentences.append(
            t.pick(
                nn:
                    "Tala byggjer på \(n.format(result.samples)) tilfeldige trekningar (frø \(result.seed)); den statistiske usikkerheita er høgst \(n.format(100 * error, decimals: 2)) prosentpoeng.",
                nb:
                    "Tallene bygger på \(n.format(result.samples)) tilfeldige trekninger (frø \(result.seed)); den statistiske usikkerheten er høyst \(n.format(100 * error, decimals: 2)) prosentpoeng.",
                en:
                    "The figures rest on \(n.format(result.samples)) random draws (seed \(result.seed)); the statistical error is at most \(n.format(100 * error, decimals: 2)) percentage points."
            ))
        if let reason = robustness.reason {
            sentences.append(
                t.pick(
                    nn: "Saka bruker eiga vektusikkerheit: ", nb: "Saken bruker egen vektusikkerhet: ",
                    en: "The case uses its own weight uncertainty: ") + reason.text(language))
        }
        self.sentences = sentences
        if let leader = evaluation.ranked.first?.municipality.id, let index = robustness.municipalities.firstIndex(of: leader),
            let share = result.rankAcceptability[index].first, share < 0.5,
            let top = shares.first, top.id != leader
        {
            warning = t.pick(
                nn:
                    "Rangeringa er ikkje robust: \(name(leader)) er først med skåringane og vektene slik dei står, men \(name(top.id)) er først i \(n.percent(100 * top.first, decimals: 0)) av trekningane når vekter og skåringar varierer innanfor anslaga. Sjå «Kor robust er resultatet?».",
                nb:
                    "Rangeringen er ikke robust: \(name(leader)) er først med skåringene og vektene slik de står, men \(name(top.id)) er først i \(n.percent(100 * top.first, decimals: 0)) av trekningene når vekter og skåringer varierer innenfor anslagene. Se «Hvor robust er resultatet?».",
                en:
                    "The ranking is not robust: \(name(leader)) is first with the scores and weights as they stand, but \(name(top.id)) is first in \(n.percent(100 * top.first, decimals: 0)) of the draws when weights and scores vary within their estimates. See 'How robust is the result?'."
            )
        } else {
            warning = nil
        }
    }
}
