public import Vertsval
public import VertsvalOptimizer

/// How robust a result is: SMAA-2 for a case, re-solved weightings for a portfolio.
public enum RobustnessStudy: Sendable {
    /// A case's rank acceptabilities and one-way sensitivity, and SMAA-2 over the board
    /// members' own weights when the case refers to their judgements.
    case `case`(EvaluatedCase, CaseRobustness, Provenance, members: MembersStudy?)
    /// How often each service of a portfolio keeps its host.
    case portfolio(PortfolioInput, RobustAssignment, Provenance)

    /// Where the result comes from, with the samples and seed.
    public var provenance: Provenance {
        switch self {
        case .case(_, _, let provenance, _), .portfolio(_, _, let provenance): provenance
        }
    }
}

/// Use case: how robust is the ranking of a case, or the assignment of a portfolio?
public enum AnalyseRobustness {
    /// What to compute.
    public struct Request: Sendable {
        /// The case, scenario or portfolio, with weights or rules for this run.
        public var input: StudyInput
        /// Draws; `nil` takes `StudyDefaults.caseSamples` or `.portfolioSamples`.
        public var samples: Int?
        /// Seed; `nil` takes `StudyDefaults.seed`.
        public var seed: UInt64?
        /// Relative weight spread in percent (20 = ±20 %) replacing the template's; `nil`
        /// keeps the template's (or the case's).
        public var weightSpreadPercent: Double?
        /// The limit of each solve (portfolios).
        public var timeLimits: TimeLimits

        /// Creates a request.
        public init(
            input: StudyInput, samples: Int? = nil, seed: UInt64? = nil, weightSpreadPercent: Double? = nil,
            timeLimits: TimeLimits = StudyDefaults.timeLimits
        ) {
            self.input = input
            self.samples = samples
            self.seed = seed
            self.weightSpreadPercent = weightSpreadPercent
            self.timeLimits = timeLimits
        }
    }

    /// Loads the input and runs the analysis that fits it.
    ///
    /// - Throws: `StudyError` for invalid input or settings, or when the weights cannot be
    ///   sampled.
    public static func run(_ request: Request) throws(StudyError) -> RobustnessStudy {
        try run(request, on: try StudySubject.load(request.input))
    }

    static func run(_ request: Request, on subject: StudySubject) throws(StudyError) -> RobustnessStudy {
        if let samples = request.samples, !(1...StudyDefaults.maximumSamples).contains(samples) {
            throw .samplesOutOfRange(samples)
        }
        if let spread = request.weightSpreadPercent, !(spread >= 0 && spread <= 100) { throw .spreadOutOfRange(spread) }
        let seed = request.seed ?? StudyDefaults.seed
        let spread = request.weightSpreadPercent.map { $0 / 100 }
        switch subject {
        case .case(let evaluated):
            let samples = request.samples ?? StudyDefaults.caseSamples
            let robustness = try caseRobustness(evaluated, samples: samples, seed: seed, spread: spread)
            var provenance = evaluated.provenance
            provenance.robustness = RobustnessSettings(samples: samples, seed: seed, weightSpread: spread)
            // The same draws and seed over the members' weights (no spread: their weights
            // are the distribution).
            let members = try ViewMembersJudgements.run(
                .init(input: request.input, robustness: true, samples: samples, seed: seed), on: evaluated)
            return .case(evaluated, robustness, provenance, members: members)
        case .portfolio(let input):
            let samples = request.samples ?? StudyDefaults.portfolioSamples
            let robust = try portfolioRobustness(input, samples: samples, seed: seed, spread: spread, timeLimit: request.timeLimits.solve)
            let provenance = Provenance(
                rulesOff: input.rulesOff, robustness: RobustnessSettings(samples: samples, seed: seed, weightSpread: spread),
                timeLimits: request.timeLimits)
            return .portfolio(input, robust, provenance)
        }
    }

    static func caseRobustness(_ evaluated: EvaluatedCase, samples: Int, seed: UInt64, spread: Double?) throws(StudyError) -> CaseRobustness {
        do {
            return try CaseRobustness(evaluated.evaluation, options: SMAAOptions(samples: samples, seed: seed), weightSpread: spread)
        } catch {
            throw .robustness(error)
        }
    }

    static func portfolioRobustness(_ input: PortfolioInput, samples: Int, seed: UInt64, spread: Double?, timeLimit: Duration?)
        throws(StudyError) -> RobustAssignment
    {
        do {
            return try RobustAssignment.run(
                input.portfolio, cases: input.loaded.cases, samples: samples, seed: seed, weightSpread: spread, timeLimit: timeLimit)
        } catch {
            throw .optimizer(error)
        }
    }
}
