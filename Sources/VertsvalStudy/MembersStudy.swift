public import Vertsval

/// The board members' own judgements of a case: the group's view and, when asked for,
/// SMAA-2 over the members' weights, with the provenance of the run.
public struct MembersStudy: Sendable {
    /// The case as evaluated (its weights are the template's, the case's or a scenario's).
    public let evaluated: EvaluatedCase
    /// Each member's weights, the group weight, the spread, who is first under whose
    /// weights, and the result without members from candidate municipalities.
    public let view: GroupView
    /// SMAA-2 with the members' weight vectors as the weight distribution; nil when not
    /// asked for or with fewer than two ranked candidates.
    public let robustness: MembersRobustness?
    /// Where the result comes from, with the samples and seed of the robustness run.
    public let provenance: Provenance
}

/// Use case: show the board members' own judgements of a case next to the template's.
public enum ViewMembersJudgements {
    /// What to compute.
    public struct Request: Sendable {
        /// The case or scenario.
        public var input: StudyInput
        /// Whether to run SMAA-2 over the members' weights.
        public var robustness: Bool
        /// Draws; `nil` takes `StudyDefaults.caseSamples`.
        public var samples: Int?
        /// Seed; `nil` takes `StudyDefaults.seed`.
        public var seed: UInt64?

        /// Creates a request.
        public init(input: StudyInput, robustness: Bool = false, samples: Int? = nil, seed: UInt64? = nil) {
            self.input = input
            self.robustness = robustness
            self.samples = samples
            self.seed = seed
        }
    }

    /// Loads the case and computes the group's view.
    ///
    /// - Returns: nil when the case refers to no judgements.
    /// - Throws: `StudyError` for invalid files or settings, or when the weights cannot be
    ///   sampled.
    public static func run(_ request: Request) throws(StudyError) -> MembersStudy? {
        guard case .case(let evaluated) = try StudySubject.load(request.input, expecting: [.case, .scenario]) else {
            preconditionFailure("a case or scenario was asked for")
        }
        return try run(request, on: evaluated)
    }

    /// The group's view of a case already evaluated.
    static func run(_ request: Request, on evaluated: EvaluatedCase) throws(StudyError) -> MembersStudy? {
        guard let view = evaluated.members else { return nil }
        var provenance = evaluated.provenance
        var robustness: MembersRobustness?
        if request.robustness, evaluated.evaluation.ranked.count >= 2 {
            if let samples = request.samples, !(1...StudyDefaults.maximumSamples).contains(samples) { throw .samplesOutOfRange(samples) }
            let samples = request.samples ?? StudyDefaults.caseSamples
            let seed = request.seed ?? StudyDefaults.seed
            do {
                robustness = try view.robustness(of: evaluated.evaluation, options: SMAAOptions(samples: samples, seed: seed))
            } catch {
                throw .robustness(error)
            }
            provenance.robustness = RobustnessSettings(samples: samples, seed: seed, weightSpread: nil)
        }
        return MembersStudy(evaluated: evaluated, view: view, robustness: robustness, provenance: provenance)
    }
}
