public import Vertsval

/// The robustness part of a case report: SMAA-2 in words, the rank acceptabilities as a
/// chart and a table, the central weights, and the one-way sensitivity of each weight.
public struct RobustnessReport: Sendable {
    /// The analysis.
    public let robustness: CaseRobustness
    /// The language written in.
    public let language: Language

    /// Creates the part.
    public init(_ robustness: CaseRobustness, language: Language) {
        self.robustness = robustness
        self.language = language
    }

    private var t: Phrasebook { Phrasebook(language) }
    private var n: NumberFormat { NumberFormat(language) }
    private func name(_ id: Municipality.ID) -> String { robustness.evaluation.region.name(of: id) }

    /// The blocks, starting with a level-1 heading.
    ///
    /// The case report leaves out the table of rank acceptabilities (the chart carries
    /// them), the central weights and the curves (`compact`); the `sensitivity` command
    /// shows everything.
    public func blocks(compact: Bool = false) -> [Block] {
        var blocks: [Block] = [
            .heading(t.pick(nn: "Kor robust er resultatet?", nb: "Hvor robust er resultatet?", en: "How robust is the result?"), level: 1)
        ]
        let explanation = RobustnessExplanation(robustness, language: language)
        let sentences = compact ? explanation.sentences.filter { !explanation.confidence.contains($0) } : explanation.sentences
        blocks += sentences.map(Block.paragraph)
        blocks.append(.chart(acceptabilityChart()))
        if !compact { blocks.append(.table(acceptabilityTable())) }
        if !compact, let central = centralWeightTable() { blocks.append(.table(central)) }
        if !compact { blocks.append(.table(curveTable())) }
        return blocks
    }

    func acceptabilityChart() -> Chart {
        let result = robustness.result
        let ranks = robustness.municipalities.indices
        let series = ranks.map { rank in
            Chart.Series(
                name: t.pick(nn: "Rang \(rank + 1)", nb: "Rang \(rank + 1)", en: "Rank \(rank + 1)"),
                values: robustness.municipalities.indices.map { 100 * result.rankAcceptability[$0][rank] })
        }
        let firsts = robustness.municipalities.enumerated().map { index, id in
            "\(name(id)) \(n.percent(100 * (result.rankAcceptability[index].first ?? 0), decimals: 0))"
        }
        return Chart(
            kind: .stackedBars,
            title: t.pick(
                nn: "Kor ofte kvar kommune får kvar rang", nb: "Hvor ofte hver kommune får hver rang",
                en: "How often each municipality gets each rank"),
            altText: t.pick(
                nn: "Del av trekningane der kommunen er først: ", nb: "Andel av trekningene der kommunen er først: ",
                en: "Share of draws where the municipality is first: ")
                + t.list(firsts) + ".",
            categories: robustness.municipalities.map(name), series: series,
            valueLabel: t.pick(nn: "% av trekningane", nb: "% av trekningene", en: "% of draws"))
    }

    func acceptabilityTable() -> Table {
        let result = robustness.result
        let count = robustness.municipalities.count
        let rows = robustness.municipalities.enumerated().map { index, id -> [String] in
            [name(id)] + (0..<count).map { n.percent(100 * result.rankAcceptability[index][$0], decimals: 1) }
                + [result.confidence[index].map { n.percent(100 * $0, decimals: 0) } ?? "–"]
        }
        let error = result.rankStandardError.flatMap { $0 }.max() ?? 0
        return Table(
            caption: t.pick(
                nn:
                    "Rangakseptabilitet: del av trekningane der kommunen får kvar rang (± \(n.format(100 * error, decimals: 2)) prosentpoeng). Tiltru: del av tilfella kommunen er først med sentralvektene sine.",
                nb:
                    "Rangakseptabilitet: andel av trekningene der kommunen får hver rang (± \(n.format(100 * error, decimals: 2)) prosentpoeng). Tiltro: andel av tilfellene kommunen er først med sentralvektene sine.",
                en:
                    "Rank acceptability: share of draws in which the municipality gets each rank (± \(n.format(100 * error, decimals: 2)) percentage points). Confidence: share of cases in which it is first with its central weights."
            ),
            columns: [.init(t.pick(nn: "Kommune", nb: "Kommune", en: "Municipality"))]
                + (0..<count).map { .init(t.pick(nn: "Rang \($0 + 1)", nb: "Rang \($0 + 1)", en: "Rank \($0 + 1)"), .trailing) }
                + [.init(t.pick(nn: "Tiltru", nb: "Tiltro", en: "Confidence"), .trailing)],
            rows: rows)
    }

    /// The weights that, on average, make each municipality first, next to the template's.
    func centralWeightTable() -> Table? {
        let result = robustness.result
        let shown = robustness.municipalities.indices.filter { result.centralWeights[$0] != nil }
        guard !shown.isEmpty else { return nil }
        let evaluation = robustness.evaluation
        let rows = evaluation.criteria.enumerated().map { k, criterion -> [String] in
            [criterion.name.text(language), n.percent(100 * evaluation.weights.fraction(criterion.id), decimals: 1)]
                + shown.map { index in n.percent(100 * (result.centralWeights[index]?[k] ?? 0), decimals: 1) }
        }
        return Table(
            caption: t.pick(
                nn: "Sentralvekter: snittet av dei vektene som gjer kommunen best, mot vektene som er brukte.",
                nb: "Sentralvekter: snittet av de vektene som gjør kommunen best, mot vektene som er brukt.",
                en: "Central weights: the average of the weights that make the municipality best, against the weights used."),
            columns: [
                .init(t.pick(nn: "Kriterium", nb: "Kriterium", en: "Criterion")), .init(t.pick(nn: "Brukt", nb: "Brukt", en: "Used"), .trailing),
            ]
                + shown.map { .init(name(robustness.municipalities[$0]), .trailing) },
            rows: rows)
    }

    /// For each criterion: who leads over which weights (one-way sensitivity).
    func curveTable() -> Table {
        let curves = OneWaySensitivity.curves(for: robustness.evaluation)
        let rows = curves.map { curve -> [String] in
            let name = robustness.evaluation.template.criterion(curve.criterion)?.name.text(language) ?? curve.criterion.rawValue
            let stretches = curve.leaders.map { stretch in
                "\(self.name(stretch.leader)) \(n.format(100 * stretch.from, decimals: 0))–\(n.format(100 * stretch.to, decimals: 0))\u{00A0}%"
            }
            return [name, n.percent(100 * curve.weightNow, decimals: 1), stretches.joined(separator: ", ")]
        }
        return Table(
            caption: t.pick(
                nn: "Kven som er først når vekta på eitt kriterium går frå 0 til 100 % (dei andre skalerte tilsvarande).",
                nb: "Hvem som er først når vekten på ett kriterium går fra 0 til 100 % (de andre skalert tilsvarende).",
                en: "Who is first as one criterion's weight goes from 0 to 100 % (the others rescaled in proportion)."),
            columns: [
                .init(t.pick(nn: "Kriterium", nb: "Kriterium", en: "Criterion")),
                .init(t.pick(nn: "Vekt no", nb: "Vekt nå", en: "Weight now"), .trailing),
                .init(t.pick(nn: "Først ved vekt", nb: "Først ved vekt", en: "First at weight")),
            ],
            rows: rows)
    }
}
