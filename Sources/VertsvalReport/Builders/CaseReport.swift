public import Vertsval
public import VertsvalStudy

/// Builds the document for one evaluated case: result, why, what would change it, the
/// weights, and the template it was assessed against.
public struct CaseReport: Sendable {
    /// What to include.
    public struct Options: Sendable {
        /// Include each score's rationale and source (reports); the terminal leaves them out.
        public var includeRationale: Bool
        /// Include the recommendation, key figures, charts and the cost of the service
        /// (the full report for case papers).
        public var fullReport: Bool
        /// The reproducibility box (date, versions, seed, input fingerprints).
        public var reproducibility: Reproducibility?
        /// The robustness analysis, when one was run.
        public var robustness: CaseRobustness?

        /// Creates options.
        public init(
            includeRationale: Bool = false, fullReport: Bool = false, reproducibility: Reproducibility? = nil,
            robustness: CaseRobustness? = nil
        ) {
            self.includeRationale = includeRationale
            self.fullReport = fullReport
            self.reproducibility = reproducibility
            self.robustness = robustness
        }

        /// Everything, for a report attached to a case paper.
        public static func report(_ reproducibility: Reproducibility?, robustness: CaseRobustness?) -> Options {
            Options(includeRationale: true, fullReport: true, reproducibility: reproducibility, robustness: robustness)
        }
    }

    /// The evaluation reported on, with its analysis.
    public let analysis: EvaluationAnalysis
    /// The language written in.
    public let language: Language
    /// What to include.
    public let options: Options

    /// The evaluation reported on.
    public var evaluation: Evaluation { analysis.evaluation }

    /// Creates a builder for an evaluation already analysed.
    public init(_ analysis: EvaluationAnalysis, language: Language, options: Options = Options()) {
        self.analysis = analysis
        self.language = language
        self.options = options
    }

    /// Creates a builder, analysing `evaluation` first.
    public init(_ evaluation: Evaluation, language: Language, options: Options = Options()) {
        self.init(EvaluationAnalysis(evaluation), language: language, options: options)
    }

    private var t: Phrasebook { Phrasebook(language) }
    private var n: NumberFormat { NumberFormat(language) }

    /// The document.
    public func document() -> Document {
        let explanation = CaseExplanation(analysis, language: language)
        var blocks: [Block] = notes()
        if options.fullReport {
            blocks.append(.heading(t.pick(nn: "Tilråding", nb: "Tilrådning", en: "Recommendation"), level: 1))
            blocks.append(.paragraph(explanation.recommendation))
            if let robustness = options.robustness, let warning = RobustnessExplanation(robustness, language: language).warning {
                blocks.append(.note(Note(kind: .important, label: t.pick(nn: "Merk", nb: "Merk", en: "Note"), text: warning)))
            }
            blocks.append(.keyFigures(keyFigures()))
        }
        blocks.append(.heading(t.pick(nn: "Resultat", nb: "Resultat", en: "Result"), level: 1))
        blocks.append(.paragraph(explanation.summary))
        blocks += explanation.exclusions.map(Block.paragraph)
        blocks.append(.table(rankingTable()))

        if let comparison = evaluation.comparison {
            let leader = name(comparison.leader)
            blocks.append(.heading(t.pick(nn: "Kvifor \(leader) er først", nb: "Hvorfor \(leader) er først", en: "Why \(leader) is first"), level: 1))
            blocks += explanation.whyLeader.map(Block.paragraph)
        }
        if options.fullReport {
            // Two candidates: the margin by criterion says it best. More: the stacked bars
            // show everyone (the margin of the first two is the table's last column).
            let charts = CaseCharts(analysis, language: language)
            if evaluation.candidates.count > 2 || evaluation.comparison == nil {
                blocks.append(.chart(charts.contributions()))
            } else if let margin = charts.margin() {
                blocks.append(.chart(margin))
            }
        }
        blocks.append(.table(contributionTable()))
        if options.includeRationale {
            blocks.append(.table(rationaleTable()))
        } else {
            blocks.append(.table(scoreTable()))
        }

        if let comparison = evaluation.comparison {
            let runner = name(comparison.runnerUp)
            if !options.fullReport { blocks.append(.pageBreakHint) }
            blocks.append(
                .heading(
                    t.pick(
                        nn: "Kva som må til for at \(runner) blir først", nb: "Hva som skal til for at \(runner) blir først",
                        en: "What it would take for \(runner) to be first"),
                    level: 1))
            blocks += explanation.whatWouldChange.map(Block.paragraph)
            // The report for the case paper keeps to the smallest changes and the chart; the
            // per-criterion table is in `evaluate` and the sensitivity output.
            if !options.fullReport { blocks.append(.table(swapTable())) }
            if options.fullReport, let chart = CaseCharts(analysis, language: language).sensitivity() {
                blocks.append(.chart(chart))
            }
        }
        if let robustness = options.robustness {
            blocks += RobustnessReport(robustness, language: language).blocks(compact: true)
        }
        if !explanation.computed.isEmpty {
            blocks.append(.heading(t.pick(nn: "Utrekna kriterium", nb: "Utregnede kriterier", en: "Computed criteria"), level: 1))
            blocks += explanation.computed.map(Block.paragraph)
        }
        if options.fullReport { blocks += costBlocks() }
        if !explanation.interests.isEmpty {
            blocks.append(.heading(t.pick(nn: "Erklærte interesser", nb: "Erklærte interesser", en: "Declared interests"), level: 1))
            blocks.append(.bullets(Array(explanation.interests.dropLast())))
            if let last = explanation.interests.last { blocks.append(.paragraph(last)) }
        }
        if !options.fullReport || evaluation.weights.isChanged {
            blocks.append(.heading(t.pick(nn: "Vekter", nb: "Vekter", en: "Weights"), level: 1))
            blocks += explanation.weights.map(Block.paragraph)
            if evaluation.weights.isChanged, !options.fullReport { blocks.append(.table(weightTable())) }
        }
        if let reproducibility = options.reproducibility {
            blocks += reproducibility.blocks(language: language, template: templateLine())
        } else {
            blocks.append(.paragraph(templateLine()))
        }
        return Document(
            title: evaluation.case.title.text(language), subtitle: subtitle(), language: language, runningHeader: runningHeader(), blocks: blocks)
    }

    // MARK: Parts

    func name(_ id: Municipality.ID) -> String { evaluation.region.name(of: id) }

    func subtitle() -> String {
        var parts = [
            t.pick(nn: "Vurdering etter ", nb: "Vurdering etter ", en: "Assessment against ")
                + t.quote(evaluation.template.title.text(language))
        ]
        if let meeting = evaluation.case.meeting {
            parts.append(
                meeting.body.text(language) + ", "
                    + t.pick(nn: "møte ", nb: "møte ", en: "meeting of ") + DateFormat(language).long(meeting.date))
        }
        return parts.joined(separator: " · ")
    }

    func runningHeader() -> [String] {
        var lines = [evaluation.case.title.text(language)]
        if let meeting = evaluation.case.meeting {
            lines.append(meeting.body.text(language))
            lines.append(
                t.pick(nn: "Møte ", nb: "Møte ", en: "Meeting ") + DateFormat(language).long(meeting.date)
                    + (meeting.caseNumber.map { " · " + t.pick(nn: "sak ", nb: "sak ", en: "case ") + $0 } ?? ""))
        }
        return lines
    }

    func notes() -> [Block] {
        var notes: [Block] = []
        let label = t.pick(nn: "Merk", nb: "Merk", en: "Note")
        if evaluation.template.status != .adopted, let notice = evaluation.template.notice {
            notes.append(.note(Note(kind: .important, label: label, text: notice.text(language))))
        }
        if let notice = evaluation.case.notice {
            notes.append(.note(Note(kind: .important, label: label, text: notice.text(language))))
        }
        return notes
    }

    func rankingTable() -> Table {
        let rows = evaluation.candidates.map { result -> [String] in
            let rank = result.rank.map(String.init) ?? "–"
            let status =
                result.isExcluded
                ? t.pick(nn: "utelukka", nb: "utelukket", en: "excluded")
                : (result.rank == 1 ? t.pick(nn: "først", nb: "først", en: "first") : "")
            return [rank, result.municipality.name, n.format(result.total, decimals: 1), status]
        }
        return Table(
            caption: t.pick(nn: "Rangering (totalverdi 0–100)", nb: "Rangering (totalverdi 0–100)", en: "Ranking (total value 0–100)"),
            columns: [
                .init(t.pick(nn: "Rang", nb: "Rang", en: "Rank"), .trailing),
                .init(t.pick(nn: "Kommune", nb: "Kommune", en: "Municipality")),
                .init(t.pick(nn: "Totalverdi", nb: "Totalverdi", en: "Total"), .trailing),
                .init(t.pick(nn: "Merknad", nb: "Merknad", en: "Remark")),
            ],
            rows: rows)
    }

    /// Contribution per criterion (points of 100) for every candidate, plus the lead of the
    /// first over the second.
    func contributionTable() -> Table {
        let shown = evaluation.candidates
        let comparison = evaluation.comparison
        // In the report, changed weights show next to the template's here instead of in a
        // table of their own.
        let withTemplate = options.fullReport && evaluation.weights.isChanged
        var columns: [Table.Column] = [.init(t.pick(nn: "Kriterium", nb: "Kriterium", en: "Criterion"))]
        if withTemplate { columns.append(.init(t.pick(nn: "Malen", nb: "Malen", en: "Template"), .trailing)) }
        columns.append(.init(t.pick(nn: "Vekt", nb: "Vekt", en: "Weight"), .trailing))
        columns += shown.map { .init($0.municipality.name, .trailing) }
        if comparison != nil { columns.append(.init(t.pick(nn: "Skilnad", nb: "Forskjell", en: "Difference"), .trailing)) }
        let rows = evaluation.criteria.map { criterion -> [String] in
            var row = [criterion.name.text(language)]
            if withTemplate { row.append(n.percent(100 * evaluation.weights.templateFraction(criterion.id), decimals: 1)) }
            row.append(n.percent(100 * evaluation.weights.fraction(criterion.id), decimals: 1))
            row += shown.map { n.format($0.contributions[criterion.id] ?? 0, decimals: 1) }
            if let comparison { row.append(n.signed(comparison.byCriterion[criterion.id] ?? 0, decimals: 1)) }
            return row
        }
        var footer = [t.pick(nn: "Sum", nb: "Sum", en: "Total")] + (withTemplate ? [n.percent(100, decimals: 0)] : []) + [n.percent(100, decimals: 0)]
        footer += shown.map { n.format($0.total, decimals: 1) }
        if let comparison { footer.append(n.signed(comparison.margin, decimals: 1)) }
        let difference =
            comparison.map {
                t.pick(
                    nn: " Skilnad = \(name($0.leader)) minus \(name($0.runnerUp)).",
                    nb: " Forskjell = \(name($0.leader)) minus \(name($0.runnerUp)).",
                    en: " Difference = \(name($0.leader)) minus \(name($0.runnerUp)).")
            } ?? ""
        return Table(
            caption: t.pick(
                nn: "Bidrag per kriterium (poeng av 100 = vekt × verdi).",
                nb: "Bidrag per kriterium (poeng av 100 = vekt × verdi).",
                en: "Contribution per criterion (points of 100 = weight × value).") + difference,
            columns: columns, rows: rows, footer: [footer])
    }

    /// The raw score and its value 0–100 per candidate.
    func scoreTable() -> Table {
        let shown = evaluation.candidates
        var columns: [Table.Column] = [.init(t.pick(nn: "Kriterium", nb: "Kriterium", en: "Criterion"))]
        columns += shown.map { .init($0.municipality.name, .trailing) }
        let rows = evaluation.criteria.map { criterion -> [String] in
            [criterion.name.text(language)]
                + shown.map { result in
                    guard let raw = result.raw[criterion.id] else { return "–" }
                    let value = n.format(result.values[criterion.id] ?? 0, decimals: 0)
                    return "\(scoreText(raw, criterion: criterion)) → \(value)"
                }
        }
        return Table(
            caption: t.pick(
                nn: "Skår og verdi (0–100) per kriterium. Nivå er skalaen i malen; tal med eining er målte eller utrekna verdiar.",
                nb: "Skår og verdi (0–100) per kriterium. Nivå er skalaen i malen; tall med enhet er målte eller utregnede verdier.",
                en: "Score and value (0–100) per criterion. Levels are the template's scale; numbers with a unit are measured or computed."),
            columns: columns, rows: rows)
    }

    func scoreText(_ score: ScoreValue, criterion: Criterion) -> String {
        switch score {
        case let .level(level):
            return t.pick(nn: "nivå ", nb: "nivå ", en: "level ") + String(level)
        case let .measure(value):
            let measure = criterion.measure
            return n.format(value, decimals: measure?.decimals ?? 1) + " " + (measure?.unit.text(language) ?? "")
        }
    }

    /// Every hand-given score with its value, rationale and source: one row per criterion
    /// and candidate (computed criteria are explained in their own section).
    func rationaleTable() -> Table {
        // With up to four candidates one row per criterion (a column per candidate) keeps
        // the table short; with more, one row per criterion and candidate.
        evaluation.candidates.count <= 4 ? rationaleByCriterion() : rationaleByCandidate()
    }

    /// The score, rationale, source and assessors of one candidate on one criterion.
    func rationale(_ result: CandidateResult, _ criterion: Criterion) -> (score: String, why: String)? {
        guard let raw = result.raw[criterion.id] else { return nil }
        var why = ""
        if let score = evaluation.case.score(of: result.municipality.id, on: criterion.id) {
            why = score.why.text(language)
            if let source = score.source { why += " " + t.pick(nn: "Kjelde: ", nb: "Kilde: ", en: "Source: ") + source }
            if !score.assessors.isEmpty {
                let each = score.assessors.map { "\($0.assessor) \(scoreText($0.value, criterion: criterion))" }
                why += " " + t.pick(nn: "Vurderarane: ", nb: "Vurdererne: ", en: "Assessors: ") + each.joined(separator: ", ") + "."
            }
        }
        return (scoreText(raw, criterion: criterion), why)
    }

    private var rationaleCaption: String {
        t.pick(
            nn: "Skår og grunngjeving per kriterium og kommune. Dei utrekna kriteria står under «Utrekna kriterium».",
            nb: "Skår og begrunnelse per kriterium og kommune. De utregnede kriteriene står under «Utregnede kriterier».",
            en: "Score and rationale per criterion and municipality. The computed criteria are under 'Computed criteria'.")
    }

    func rationaleByCriterion() -> Table {
        let rows = evaluation.criteria.filter { $0.computed == nil }.map { criterion -> [String] in
            [criterion.name.text(language)]
                + evaluation.candidates.map { result in
                    rationale(result, criterion).map { "\($0.score): \($0.why)" } ?? "–"
                }
        }
        return Table(
            caption: rationaleCaption,
            columns: [.init(t.pick(nn: "Kriterium", nb: "Kriterium", en: "Criterion"))] + evaluation.candidates.map { .init($0.municipality.name) },
            rows: rows)
    }

    func rationaleByCandidate() -> Table {
        var rows: [[String]] = []
        for criterion in evaluation.criteria where criterion.computed == nil {
            var first = true
            for result in evaluation.candidates {
                guard let (score, why) = rationale(result, criterion) else { continue }
                rows.append([first ? criterion.name.text(language) : "", result.municipality.name, score, why])
                first = false
            }
        }
        return Table(
            caption: rationaleCaption,
            columns: [
                .init(t.pick(nn: "Kriterium", nb: "Kriterium", en: "Criterion")),
                .init(t.pick(nn: "Kommune", nb: "Kommune", en: "Municipality")),
                .init(t.pick(nn: "Skår", nb: "Skår", en: "Score"), .trailing),
                .init(t.pick(nn: "Grunngjeving", nb: "Begrunnelse", en: "Rationale")),
            ],
            rows: rows)
    }

    func swapTable() -> Table {
        let rows = evaluation.weightSwaps.indices.map { index -> [String] in
            let swap = evaluation.weightSwaps[index]
            let score = evaluation.scoreSwaps.indices.contains(index) ? evaluation.scoreSwaps[index] : nil
            let criterion = evaluation.template.criterion(swap.criterion)
            let at = swap.weightAtSwap.map { n.percent(100 * $0, decimals: 1) } ?? t.pick(nn: "aldri", nb: "aldri", en: "never")
            var change = t.pick(nn: "ingen", nb: "ingen", en: "none")
            if let score {
                let options = [score.lowerLeader, score.raiseRunnerUp].compactMap { $0 }
                if !options.isEmpty {
                    change = t.alternatives(options.map { $0.text(criterion: swap.criterion, in: evaluation, language: language, compact: true) })
                    if score.isComputed { change += " " + t.pick(nn: "(utrekna)", nb: "(utregnet)", en: "(computed)") }
                }
            }
            return [criterion?.name.text(language) ?? swap.criterion.rawValue, n.percent(100 * swap.weightNow, decimals: 1), at, change]
        }
        return Table(
            caption: t.pick(
                nn:
                    "For kvart kriterium: vekta der dei to byter plass (dei andre vektene skalerte tilsvarande), og den minste endringa av éin skår som snur rekkjefølgja.",
                nb:
                    "For hvert kriterium: vekten der de to bytter plass (de andre vektene skalert tilsvarende), og den minste endringen av én skår som snur rekkefølgen.",
                en:
                    "For each criterion: the weight at which the two swap places (other weights rescaled in proportion), and the smallest change of one score that reverses the order."
            ),
            columns: [
                .init(t.pick(nn: "Kriterium", nb: "Kriterium", en: "Criterion")),
                .init(t.pick(nn: "Vekt no", nb: "Vekt nå", en: "Weight now"), .trailing),
                .init(t.pick(nn: "Byter ved", nb: "Bytter ved", en: "Swap at"), .trailing),
                .init(t.pick(nn: "Skår som snur", nb: "Skår som snur", en: "Score that reverses")),
            ],
            rows: rows)
    }

    func weightTable() -> Table {
        let rows = evaluation.criteria.map { criterion -> [String] in
            let changed = evaluation.weights.changes.contains { $0.criterion == criterion.id }
            return [
                criterion.name.text(language),
                n.percent(100 * evaluation.weights.templateFraction(criterion.id), decimals: 1),
                n.percent(100 * evaluation.weights.fraction(criterion.id), decimals: 1),
                changed ? t.pick(nn: "endra", nb: "endret", en: "changed") : "",
            ]
        }
        return Table(
            caption: t.pick(nn: "Vekter i malen og vekter brukte", nb: "Vekter i malen og vekter brukt", en: "Template weights and weights used"),
            columns: [
                .init(t.pick(nn: "Kriterium", nb: "Kriterium", en: "Criterion")),
                .init(t.pick(nn: "Malen", nb: "Malen", en: "Template"), .trailing),
                .init(t.pick(nn: "Brukt", nb: "Brukt", en: "Used"), .trailing),
                .init(""),
            ],
            rows: rows)
    }

    func templateLine() -> String {
        let template = evaluation.template
        var text =
            t.pick(nn: "Vurderingsmal: ", nb: "Vurderingsmal: ", en: "Evaluation template: ")
            + "\(template.title.text(language)), " + t.pick(nn: "versjon ", nb: "versjon ", en: "version ") + template.version
        switch template.status {
        case .adopted: break
        case .draft: text += " (" + t.pick(nn: "utkast", nb: "utkast", en: "draft") + ")"
        case .reconstruction:
            text +=
                " ("
                + t.pick(
                    nn: "rekonstruksjon, ikkje vedteken ordlyd", nb: "rekonstruksjon, ikke vedtatt ordlyd",
                    en: "reconstruction, not the adopted wording") + ")"
        }
        if let adoption = template.adoption {
            text += ". " + t.pick(nn: "Vedtak: ", nb: "Vedtak: ", en: "Decision: ") + adoption.body.text(language)
            if let date = adoption.date { text += ", " + DateFormat(language).long(date) }
            if let number = adoption.caseNumber { text += ", " + t.pick(nn: "sak ", nb: "sak ", en: "case ") + number }
        }
        return text + "."
    }
}
