public import Vertsval
public import VertsvalOptimizer

/// Everything a report attached to a case paper shows, computed once: the result, its
/// robustness, its provenance and the facts that let it be reproduced.
public struct ReportContent: Sendable {
    /// What the report is about.
    public enum Subject: Sendable {
        /// A case (or scenario) with its robustness (`nil` with fewer than two ranked
        /// candidates: there is no ranking to test).
        case `case`(EvaluatedCase, robustness: CaseRobustness?)
        /// A portfolio's assignment with its robustness.
        case portfolio(OptimizedPortfolio, robust: RobustAssignment)
    }

    /// The result.
    public let subject: Subject
    /// Date, versions, seed, samples and input fingerprints.
    public let reproducibility: Reproducibility
    /// Deviations, rules switched off, samples and seed.
    public let provenance: Provenance
    /// The board members' own judgements with SMAA-2 over their weights, when the case
    /// refers to judgements.
    public var members: MembersStudy?

    /// The problems that did not stop loading.
    public var warnings: [Diagnostic] {
        switch subject {
        case .case(let evaluated, _): evaluated.warnings
        case .portfolio(let optimized, _): optimized.warnings
        }
    }

    /// The report's title in `language`.
    public func title(in language: Language) -> String {
        switch subject {
        case .case(let evaluated, _): evaluated.loaded.case.title.text(language)
        case .portfolio(let optimized, _): optimized.portfolio.title.text(language)
        }
    }

    /// The report's subject line in `language`: the template, or the region.
    public func subjectLine(in language: Language) -> String {
        switch subject {
        case .case(let evaluated, _): evaluated.loaded.template.title.text(language)
        case .portfolio(let optimized, _): optimized.portfolio.region.name.text(language)
        }
    }

    /// The file name without extension: the case or portfolio id, then `scenario-<id>`
    /// for a saved scenario and `utkast` (draft) for changes made for this run only, so
    /// that a what-if file is never mistaken for the official one.
    public var fileStem: String {
        var parts: [String]
        switch subject {
        case .case(let evaluated, _): parts = [evaluated.loaded.case.id]
        case .portfolio(let optimized, _): parts = [optimized.portfolio.id]
        }
        if let scenario = provenance.scenario { parts.append("scenario-" + scenario.id) }
        if provenance.hasAdHocChanges || !provenance.rulesOff.isEmpty { parts.append("utkast") }
        return parts.joined(separator: ".")
    }
}

/// Use case: make the report for a case paper.
public enum PrepareReport {
    /// What to compute.
    public struct Request: Sendable {
        /// The case, scenario or portfolio, with weights or rules for this run.
        public var input: StudyInput
        /// The date the report is for (an input, not the clock, so the bytes reproduce).
        public var date: CalendarDate
        /// Seed of the robustness analysis; `nil` takes `StudyDefaults.seed`.
        public var seed: UInt64?
        /// Draws; `nil` takes the default for a case or a portfolio.
        public var samples: Int?
        /// Limits on the solve and the explanation (portfolios).
        public var timeLimits: TimeLimits
        /// The folder the file paths in the report are shown relative to (the workbench's
        /// root), so that the same files give the same report from any front-end; `nil`
        /// shows them as read.
        public var pathsRelativeTo: String?

        /// Creates a request.
        public init(
            input: StudyInput, date: CalendarDate, seed: UInt64? = nil, samples: Int? = nil, timeLimits: TimeLimits = StudyDefaults.timeLimits,
            pathsRelativeTo: String? = nil
        ) {
            self.pathsRelativeTo = pathsRelativeTo
            self.input = input
            self.date = date
            self.seed = seed
            self.samples = samples
            self.timeLimits = timeLimits
        }
    }

    /// Loads the input, computes the result and its robustness, and fingerprints the files.
    ///
    /// - Throws: `StudyError` for invalid input or settings, or when an analysis fails.
    public static func run(_ request: Request) throws(StudyError) -> ReportContent {
        let robustnessRequest = AnalyseRobustness.Request(
            input: request.input, samples: request.samples, seed: request.seed, timeLimits: request.timeLimits)
        switch try StudySubject.load(request.input) {
        case .case(let evaluated):
            var robustness: CaseRobustness?
            var provenance = evaluated.provenance
            var members: MembersStudy?
            if evaluated.evaluation.ranked.count >= 2,
                case .case(_, let result, let withSettings, let withMembers) = try AnalyseRobustness.run(robustnessRequest, on: .case(evaluated))
            {
                robustness = result
                provenance = withSettings
                members = withMembers
            } else {
                members = try ViewMembersJudgements.run(.init(input: request.input), on: evaluated)
            }
            return ReportContent(
                subject: .case(evaluated, robustness: robustness),
                reproducibility: reproducibility(request, provenance, files: evaluated.loaded.files),
                provenance: provenance, members: members)
        case .portfolio(let input):
            let optimized = try OptimizePortfolio.run(
                OptimizePortfolio.Request(input: request.input, alternatives: StudyDefaults.reportAlternatives, timeLimits: request.timeLimits),
                on: input)
            guard case .portfolio(_, let robust, let withSettings) = try AnalyseRobustness.run(robustnessRequest, on: .portfolio(input)) else {
                preconditionFailure("a portfolio's robustness is a portfolio's")
            }
            var provenance = optimized.provenance
            provenance.robustness = withSettings.robustness
            return ReportContent(
                subject: .portfolio(optimized, robust: robust), reproducibility: reproducibility(request, provenance, files: input.loaded.files),
                provenance: provenance)
        }
    }

    static func reproducibility(_ request: Request, _ provenance: Provenance, files: [DataFile]) -> Reproducibility {
        var inputs = Reproducibility(
            date: request.date, toolVersion: VertsvalVersion.current, solverVersion: AssignmentOptimizer.solverVersion,
            seed: provenance.robustness?.seed, samples: provenance.robustness?.samples, files: files)
        if let root = request.pathsRelativeTo, root != "." {
            let prefix = root.hasSuffix("/") ? root : root + "/"
            inputs = inputs.showingPaths { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
        }
        return inputs
    }
}
