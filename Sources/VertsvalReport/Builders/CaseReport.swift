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
        /// The board members' own judgements, when the case refers to any.
        public var members: MembersReport?

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
    /// `key` in the language written in.
    func text(_ key: CaseReportText) -> String { key.text(in: language) }
    /// The shared `key` in the language written in.
    func text(_ key: ReportText) -> String { key.text(in: language) }

    /// The document.
    public func document() -> Document {
        let explanation = CaseExplanation(analysis, language: language)
        var blocks: [Block] = notes()
        if options.fullReport {
            blocks.append(.heading(text(.recommendation), level: 1))
            blocks.append(.paragraph(explanation.recommendation))
            if let robustness = options.robustness, let warning = RobustnessExplanation(robustness, language: language).warning {
                blocks.append(.note(Note(kind: .important, label: text(.note), text: warning)))
            }
            blocks.append(.keyFigures(keyFigures()))
        }
        blocks.append(.heading(text(.result), level: 1))
        blocks.append(.paragraph(explanation.summary))
        blocks += explanation.exclusions.map(Block.paragraph)
        blocks.append(.table(rankingTable()))

        if let comparison = evaluation.comparison {
            let leader = name(comparison.leader)
            blocks.append(.heading(text(.whyFirst(leader: leader)), level: 1))
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
            if let scale = scaleTable() { blocks.append(.table(scale)) }
        } else {
            blocks.append(.table(scoreTable()))
        }

        if let comparison = evaluation.comparison {
            let runner = name(comparison.runnerUp)
            if !options.fullReport { blocks.append(.pageBreakHint) }
            blocks.append(.heading(text(.whatWouldChange(runnerUp: runner)), level: 1))
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
            blocks.append(.heading(text(.computedCriteria), level: 1))
            blocks += explanation.computed.map(Block.paragraph)
        }
        if options.fullReport { blocks += costBlocks() }
        if !explanation.interests.isEmpty {
            blocks.append(.heading(text(.declaredInterests), level: 1))
            blocks.append(.bullets(Array(explanation.interests.dropLast())))
            if let last = explanation.interests.last { blocks.append(.paragraph(last)) }
        }
        if let members = options.members { blocks += members.blocks() }
        if !options.fullReport || evaluation.weights.isChanged {
            blocks.append(.heading(text(.weights), level: 1))
            blocks += explanation.weights.map(Block.paragraph)
            if evaluation.weights.isChanged, !options.fullReport { blocks.append(.table(weightTable())) }
        }
        if let reproducibility = options.reproducibility {
            blocks += reproducibility.blocks(language: language, template: templateLine())
        } else {
            blocks.append(.paragraph(templateLine()))
        }
        return Document(
            title: evaluation.case.title.text(language), subtitle: subtitle(), language: language, runningHeader: runningHeader(), blocks: blocks,
            otherLanguageTexts: otherLanguageTexts())
    }

    /// The case's and template's texts shown in another language than the report's: the
    /// score rationales (written in the case's language), and names and level wordings
    /// without a translation.
    func otherLanguageTexts() -> [OtherLanguageText] {
        var texts: [LocalizedText] = []
        if options.includeRationale { texts += evaluation.case.scores.map(\.why) }
        for criterion in evaluation.criteria {
            texts.append(criterion.name)
            texts += criterion.scale?.levels.map(\.label) ?? []
        }
        return OtherLanguageText.fallbacks(texts, in: language)
    }

    // MARK: Parts

    func name(_ id: Municipality.ID) -> String { evaluation.region.name(of: id) }

    func subtitle() -> String {
        var parts = [text(.assessedAgainstPrefix) + t.quote(evaluation.template.title.text(language))]
        if let meeting = evaluation.case.meeting {
            parts.append(
                meeting.body.text(language) + ", "
                    + text(.meetingOfPrefix) + DateFormat(language).long(meeting.date))
        }
        return parts.joined(separator: " · ")
    }

    func runningHeader() -> [String] {
        var lines = [evaluation.case.title.text(language)]
        if let meeting = evaluation.case.meeting {
            lines.append(meeting.body.text(language))
            // The meeting and its date break as one piece, never «Møte 23. / februar 2026».
            let date = text(.meetingPrefix) + DateFormat(language).long(meeting.date)
            lines.append(
                String(date.map { $0 == " " ? "\u{00A0}" : $0 })
                    + (meeting.caseNumber.map { " · " + text(.caseNumberPrefix) + $0 } ?? ""))
        }
        return lines
    }

    func notes() -> [Block] {
        var notes: [Block] = []
        let label = text(.note)
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
                ? text(.excluded)
                : (result.rank == 1 ? text(.first) : "")
            return [rank, result.municipality.name, n.format(result.total, decimals: 1), status]
        }
        return Table(
            caption: text(.rankingCaption),
            columns: [
                .init(text(.rank), .trailing),
                .init(text(.municipality)),
                .init(text(.totalValue), .trailing),
                .init(text(.remark)),
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
        var columns: [Table.Column] = [.init(text(.criterion))]
        if withTemplate { columns.append(.init(text(.template), .trailing)) }
        columns.append(.init(text(.weight), .trailing))
        columns += shown.map { .init($0.municipality.name, .trailing) }
        if comparison != nil { columns.append(.init(text(.difference), .trailing)) }
        // Each candidate's column rounded so that it adds up to its shown total, and the
        // difference column taken from the shown figures, so a reader's sums agree.
        let criteria = evaluation.criteria
        let shownColumns = shown.map { evaluation.shownContributions(of: $0) }
        let differences = comparison.map { evaluation.shownDifferences($0) }
        let weights = ShownRounding.apportioned(criteria.map { 100 * evaluation.weights.fraction($0.id) }, decimals: 1)
        let templateWeights = ShownRounding.apportioned(criteria.map { 100 * evaluation.weights.templateFraction($0.id) }, decimals: 1)
        let rows = criteria.indices.map { index -> [String] in
            let criterion = criteria[index]
            var row = [criterion.name.text(language)]
            if withTemplate { row.append(n.percent(templateWeights[index], decimals: 1)) }
            row.append(n.percent(weights[index], decimals: 1))
            row += shownColumns.map { n.format($0[criterion.id] ?? 0, decimals: 1) }
            if let differences { row.append(n.signed(differences[criterion.id] ?? 0, decimals: 1)) }
            return row
        }
        var footer = [text(.total)] + (withTemplate ? [n.percent(100, decimals: 0)] : []) + [n.percent(100, decimals: 0)]
        footer += shown.map { n.format($0.total, decimals: 1) }
        if let comparison { footer.append(n.signed(evaluation.shownMargin(comparison), decimals: 1)) }
        let difference = comparison.map { text(.differenceExplained(leader: name($0.leader), runnerUp: name($0.runnerUp))) } ?? ""
        return Table(
            caption: text(.contributionCaption) + difference,
            columns: columns, rows: rows, footer: [footer])
    }

    /// The raw score and its value 0–100 per candidate.
    func scoreTable() -> Table {
        let shown = evaluation.candidates
        var columns: [Table.Column] = [.init(text(.criterion))]
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
            caption: text(.scoreCaption),
            columns: columns, rows: rows)
    }

    func scoreText(_ score: ScoreValue, criterion: Criterion) -> String {
        switch score {
        case let .level(level):
            return text(.levelPrefix) + String(level)
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
            if let source = score.source { why += " " + text(.sourcePrefix) + source }
            if !score.assessors.isEmpty {
                let each = score.assessors.map { "\($0.assessor) \(scoreText($0.value, criterion: criterion))" }
                why += " " + text(.assessorsPrefix) + each.joined(separator: ", ") + "."
            }
        }
        return (scoreText(raw, criterion: criterion, range: true, of: result.municipality.id), why)
    }

    /// The score with the top of its scale («nivå 4 av 5») and, when the case gives one,
    /// its low–high range: «nivå 4 av 5 (3–4)», «56,9 minutt (50,0–60,0)».
    func scoreText(_ score: ScoreValue, criterion: Criterion, range: Bool, of municipality: Municipality.ID) -> String {
        let given = evaluation.case.score(of: municipality, on: criterion.id)
        var text: String
        if case let .level(level) = score, let top = criterion.scale?.levels.last?.level {
            text = self.text(.levelOf(level: level, top: top))
        } else {
            text = scoreText(score, criterion: criterion)
        }
        if range, let given, given.low != nil || given.high != nil {
            let low = given.low ?? given.value
            let high = given.high ?? given.value
            text += " (" + bare(low, criterion: criterion) + "–" + bare(high, criterion: criterion) + ")"
        }
        return text
    }

    /// A score without its words: «3», «50,0».
    func bare(_ score: ScoreValue, criterion: Criterion) -> String {
        switch score {
        case let .level(level): String(level)
        case let .measure(value): n.format(value, decimals: criterion.measure?.decimals ?? 1)
        }
    }

    /// The template's wording of every level the case uses (scores and their ranges), by
    /// criterion; nil when no hand-scored criterion is on a scale.
    func scaleTable() -> Table? {
        var rows: [[String]] = []
        for criterion in evaluation.criteria where criterion.computed == nil {
            guard let scale = criterion.scale else { continue }
            var used = Set<Int>()
            for score in evaluation.case.scores where score.criterion == criterion.id {
                for value in [score.value, score.low, score.high].compactMap({ $0 }) {
                    if case let .level(level) = value { used.insert(level) }
                }
                for assessor in score.assessors {
                    if case let .level(level) = assessor.value { used.insert(level) }
                }
            }
            var first = true
            for level in scale.levels where used.contains(level.level) {
                rows.append([first ? criterion.name.text(language) : "", String(level.level), level.label.text(language)])
                first = false
            }
        }
        guard !rows.isEmpty else { return nil }
        return Table(
            caption: text(.scaleCaption),
            columns: [.init(text(.criterion)), .init(text(.levelColumn), .trailing), .init(text(.meaningColumn))],
            rows: rows)
    }

    func rationaleByCriterion() -> Table {
        let rows = evaluation.criteria.filter { $0.computed == nil }.map { criterion -> [String] in
            [criterion.name.text(language)]
                + evaluation.candidates.map { result in
                    rationale(result, criterion).map { "\($0.score): \($0.why)" } ?? "–"
                }
        }
        return Table(
            caption: text(.rationaleCaption),
            columns: [.init(text(.criterion))] + evaluation.candidates.map { .init($0.municipality.name) },
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
            caption: text(.rationaleCaption),
            columns: [
                .init(text(.criterion)),
                .init(text(.municipality)),
                .init(text(.score), .trailing),
                .init(text(.rationale)),
            ],
            rows: rows)
    }

    func swapTable() -> Table {
        let rows = evaluation.weightSwaps.indices.map { index -> [String] in
            let swap = evaluation.weightSwaps[index]
            let score = evaluation.scoreSwaps.indices.contains(index) ? evaluation.scoreSwaps[index] : nil
            let criterion = evaluation.template.criterion(swap.criterion)
            let at = swap.weightAtSwap.map { n.percent(100 * $0, decimals: 1) } ?? text(.never)
            var change = text(.none)
            if let score {
                let pair = [score.lowerLeader, score.raiseRunnerUp].compactMap { $0 }
                var options = pair.map { $0.text(criterion: swap.criterion, in: evaluation, language: language, compact: true) }
                // The smallest change through the whole model (knock-outs, every candidate),
                // when the first two's values alone do not show it.
                if let whole = analysis.swaps.scoreChanges[swap.criterion], !pair.contains(whole.option) {
                    options.append(
                        whole.option.text(criterion: swap.criterion, in: evaluation, language: language, compact: true) + " "
                            + text(.leaderAfter(name: evaluation.region.name(of: whole.newLeader))))
                }
                if !options.isEmpty {
                    change = t.alternatives(options)
                    if score.isComputed { change += " " + text(.computedMark) }
                }
            }
            return [criterion?.name.text(language) ?? swap.criterion.rawValue, n.percent(100 * swap.weightNow, decimals: 1), at, change]
        }
        return Table(
            caption: text(.swapCaption),
            columns: [
                .init(text(.criterion)),
                .init(text(.weightNow), .trailing),
                .init(text(.swapAt), .trailing),
                .init(text(.scoreThatReverses)),
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
                changed ? text(.changed) : "",
            ]
        }
        return Table(
            caption: text(.weightCaption),
            columns: [
                .init(text(.criterion)),
                .init(text(.template), .trailing),
                .init(text(.used), .trailing),
                .init(""),
            ],
            rows: rows)
    }

    func templateLine() -> String {
        let template = evaluation.template
        var line = text(.templatePrefix) + "\(template.title.text(language)), " + text(.versionPrefix) + template.version
        switch template.status {
        case .adopted: break
        case .draft: line += " (" + text(.draft) + ")"
        case .reconstruction: line += " (" + text(.reconstruction) + ")"
        }
        if let adoption = template.adoption {
            line += ". " + text(.decisionPrefix) + adoption.body.text(language)
            if let date = adoption.date { line += ", " + DateFormat(language).long(date) }
            if let number = adoption.caseNumber { line += ", " + text(.caseNumberPrefix) + number }
        }
        return line + "."
    }
}
