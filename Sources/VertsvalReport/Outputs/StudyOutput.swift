public import Vertsval
internal import VertsvalOptimizer
public import VertsvalStudy

/// The one way a use case's result becomes output: the command line prints it and the
/// workbench answers with it, so both give the same bytes for the same result.
public enum StudyOutput {
    /// A ranked and explained case.
    public static func evaluation(_ evaluated: EvaluatedCase, format: OutputFormat, language: Language, width: Int = TextRenderer.defaultWidth) throws
        -> String
    {
        if format == .json { return try evaluationJSON(evaluated, language: language).encoded() }
        var options = CaseReport.Options()
        options.members = evaluated.members.map { MembersReport($0, evaluation: evaluated.evaluation, language: language) }
        var document = CaseReport(evaluated.analysis, language: language, options: options).document()
        document.blocks.insert(contentsOf: ProvenanceNote(evaluated.provenance, language: language).blocks(for: evaluated.analysis), at: 0)
        return render(document, format, width)
    }

    /// The JSON of a ranked case (schema `vertsval.evaluation/1`), warnings included.
    public static func evaluationJSON(_ evaluated: EvaluatedCase, language: Language) -> EvaluationJSON {
        var json = EvaluationJSON(evaluated.analysis, language: language, warnings: evaluated.warnings.map { $0.formatted(in: language) })
        let note = ProvenanceNote(evaluated.provenance, language: language).text(for: evaluated.analysis)
        json.provenance = ProvenanceJSON(evaluated.provenance, note: note, language: language)
        json.members = evaluated.members.map { MembersJSON($0, evaluation: evaluated.evaluation, language: language) }
        return json
    }

    /// A robustness analysis of a case or a portfolio.
    public static func robustness(_ study: RobustnessStudy, format: OutputFormat, language: Language, width: Int = TextRenderer.defaultWidth) throws
        -> String
    {
        switch study {
        case .case(let evaluated, let robustness, let provenance, let members):
            if format == .json {
                var json = SensitivityJSON(robustness, language: language)
                json.members = members?.robustness.map { SensitivityJSON.Members($0, evaluation: evaluated.evaluation, language: language) }
                let note = ProvenanceNote(provenance, language: language).text(for: evaluated.analysis)
                json.provenance = ProvenanceJSON(provenance, note: note, language: language)
                return try json.encoded()
            }
            let document = Document(
                title: evaluated.loaded.case.title.text(language), subtitle: nil, language: language,
                blocks: ProvenanceNote(provenance, language: language).blocks(for: evaluated.analysis)
                    + RobustnessReport(robustness, language: language).blocks()
                    + (members.map { MembersReport($0.view, evaluation: evaluated.evaluation, robustness: $0.robustness, language: language) }?
                        .robustnessBlocks() ?? []))
            return render(document, format, width)
        case .portfolio(let input, let robust, let provenance):
            if format == .json {
                var json = SensitivityJSON(robust, portfolio: input.portfolio, language: language)
                let portfolio = input.loaded.portfolio
                let note = ProvenanceNote(provenance, language: language).text(for: portfolio)
                json.provenance = ProvenanceJSON(provenance, portfolio: portfolio, note: note, language: language)
                return try json.encoded()
            }
            let document = Document(
                title: input.portfolio.title.text(language), subtitle: nil, language: language,
                blocks: ProvenanceNote(provenance, language: language).blocks(for: input.loaded.portfolio)
                    + ProvenanceNote(provenance, language: language).timeLimitBlocks()
                    + RobustAssignmentReport(robust, portfolio: input.portfolio, language: language).blocks())
            return render(document, format, width)
        }
    }

    /// An optimised and explained portfolio; with `solveTimes`, when the assignment was
    /// found and proven optimal (wall-clock times: the output then differs from run to run).
    public static func assignment(
        _ optimized: OptimizedPortfolio, format: OutputFormat, language: Language, width: Int = TextRenderer.defaultWidth,
        solveTimes: Bool = false
    ) throws -> String {
        let times = solveTimes ? optimized.result.solveTimes.map { SolveTimesReport($0, language: language) } : nil
        if format == .json {
            var json = assignmentJSON(optimized, language: language)
            json.solveTimes = times?.json()
            return try json.encoded()
        }
        var document = PortfolioReport(optimized, language: language).document()
        let note = ProvenanceNote(optimized.provenance, language: language)
        document.blocks.insert(
            contentsOf: note.blocks(for: optimized.input.loaded.portfolio) + note.timeLimitBlocks() + (times?.blocks() ?? []), at: 0)
        return render(document, format, width)
    }

    /// The JSON of an assignment (schema `vertsval.assignment/1`).
    public static func assignmentJSON(_ optimized: OptimizedPortfolio, language: Language) -> AssignmentJSON {
        var json = AssignmentJSON(
            optimized.portfolio, result: optimized.result, language: language,
            explanation: optimized.explanation(in: language), advice: optimized.advice(in: language))
        let portfolio = optimized.input.loaded.portfolio
        let note = ProvenanceNote(optimized.provenance, language: language).text(for: portfolio)
        json.provenance = ProvenanceJSON(optimized.provenance, portfolio: portfolio, note: note, language: language)
        return json
    }

    /// Costs shared by the key.
    public static func costSharing(_ study: CostSharingStudy, format: OutputFormat, language: Language, width: Int = TextRenderer.defaultWidth) throws
        -> String
    {
        let report = ShareReport(study.sharing, language: language)
        var note: [Block] = []
        var provenance = ProvenanceJSON(Provenance(), language: language)
        if case .portfolio(let optimized) = study {
            let words = ProvenanceNote(optimized.provenance, language: language)
            note = words.blocks(for: optimized.input.loaded.portfolio) + words.timeLimitBlocks()
            let portfolio = optimized.input.loaded.portfolio
            let text = ProvenanceNote(optimized.provenance, language: language).text(for: portfolio)
            provenance = ProvenanceJSON(optimized.provenance, portfolio: portfolio, note: text, language: language)
        }
        if format == .json {
            var json = report.json()
            json.provenance = provenance
            return try json.encoded()
        }
        var document = report.document()
        document.blocks.insert(contentsOf: note, at: 0)
        return render(document, format, width)
    }

    /// What a data file holds (`vertsval describe`), as text or Markdown.
    public static func description(_ description: FileDescription, format: OutputFormat, language: Language, width: Int = TextRenderer.defaultWidth)
        -> String
    {
        render(DescriptionReport(description, language: language).document(), format, width)
    }

    /// Text output wraps at `width` (the terminal's, from the command line).
    static func render(_ document: Document, _ format: OutputFormat, _ width: Int) -> String {
        format == .markdown ? MarkdownRenderer().render(document) : TextRenderer(width: width).render(document)
    }
}
