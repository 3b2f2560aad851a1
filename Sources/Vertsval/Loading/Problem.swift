/// What is wrong with a data file, as data; the wording lives in `Problem+Message.swift`.
///
/// Each case carries what was found and, where it helps, what would be right, so that the
/// message can say both.
public enum Problem: Sendable, Hashable {
    // MARK: The file itself
    /// The file does not exist; `suggestion` is the closest existing file name.
    case fileNotFound(path: String, suggestion: String?)
    /// The file exists but cannot be read.
    case fileUnreadable(path: String, reason: String)
    /// The path is a directory.
    case fileIsDirectory(path: String)
    /// The file has no content.
    case fileEmpty
    /// The file is larger than the limit for data files.
    case fileTooLarge(bytes: Int, limit: Int)
    /// The file contains NUL bytes or other signs of binary content.
    case fileBinary
    /// The file is not valid UTF-8; `byteOffset` is the first bad byte.
    case notUTF8(byteOffset: Int)
    /// The YAML parser could not read the file.
    case yamlSyntax(YAMLSyntaxError)
    /// The file has more than one YAML document (`---`).
    case multipleDocuments
    /// Anchors and aliases (`&a`, `*a`) expand to more nodes than any data file needs.
    case aliasExpansion(limit: Int)
    /// A text longer than any data file needs.
    case textTooLong(length: Int, maximum: Int)
    /// A control character (other than a line break or a tab) in a text.
    case controlCharacter(code: Int)
    /// A second weight override for the same criterion.
    case duplicateOverride(criterion: String, firstLine: Int)
    /// The file could not be used, and no more precise problem was found.
    case unusableFile(path: String)
    /// The path is not a regular file (a device, a pipe or a socket).
    case notRegularFile(path: String)
    /// Two keys in one mapping are the same.
    case duplicateKey(key: String)
    /// The file declares another kind than the one expected here.
    case wrongKind(expected: [String], found: String?)

    // MARK: Structure
    /// A key the format does not know; likely a typo.
    case unknownKey(key: String, suggestion: String?, allowed: [String])
    /// A required key is missing.
    case missingKey(key: String)
    /// A value of the wrong type.
    case wrongType(expected: ValueKind, found: String)
    /// An identifier with characters other than `a-z`, `0-9`, `-` and `_`.
    case invalidIdentifier(value: String)
    /// An identifier used twice where each must be unique.
    case duplicateID(id: String, firstLine: Int)
    /// A reference to something that does not exist.
    case unknownReference(kind: ReferenceKind, id: String, suggestion: String?)
    /// A value outside the range it must lie in.
    case valueOutOfRange(value: Double, minimum: Double?, maximum: Double?)
    /// A date that is not a real date in `YYYY-MM-DD` form.
    case invalidDate(value: String)
    /// An empty list where at least `minimum` entries are needed.
    case tooFewEntries(minimum: Int, found: Int)
    /// An uncertainty interval where low > value or value > high.
    case uncertaintyOrder(low: Double, value: Double, high: Double)

    // MARK: Template
    /// A weight that is negative, NaN or infinite.
    case invalidWeight(value: String)
    /// All weights are zero, so no candidate can be told apart.
    case weightsAllZero
    /// Weights do not add up to 100 points (they are normalised; this is a warning).
    case weightsDoNotSumTo100(sum: Double)
    /// A criterion with both or neither of `scale` and `measure`.
    case criterionNeedsScaleOrMeasure(criterion: String)
    /// A value function whose worst and best points are equal.
    case valueFunctionDegenerate(worst: Double)
    /// A linear value function whose worst/best order contradicts the direction.
    case valueFunctionDirection(direction: Direction, worst: Double, best: Double)
    /// Piecewise-linear points must have strictly increasing x.
    case piecewiseNotIncreasing(previous: Double, found: Double)
    /// Piecewise-linear values must rise (or fall) with the direction.
    case piecewiseNotMonotone(direction: Direction)
    /// A scale with fewer than two levels, or levels that repeat.
    case scaleInvalid(levels: [Int])
    /// A knock-out rule that points at a criterion of the wrong kind.
    case knockoutCriterionKind(criterion: String, expected: ValueKind)
    /// A criterion computed from region data with a unit that cannot apply.
    case computedNeedsMeasure(criterion: String)

    // MARK: Region
    /// A pair of municipalities with no travel time in either direction.
    case travelTimeMissing(from: String, to: String)
    /// A negative travel time.
    case travelTimeNegative(from: String, to: String, minutes: Double)
    /// Travel times that differ more than the tolerance between the two directions.
    case travelTimeAsymmetric(from: String, to: String, there: Double, back: Double, tolerance: Double)
    /// A travel time from a municipality to itself that is not zero.
    case travelTimeToSelf(municipality: String, minutes: Double)
    /// A population that is not a positive whole number.
    case populationInvalid(value: String)
    /// A balance criterion counts full-time equivalents, but an arrangement has none.
    case fteMissing(arrangement: String)

    // MARK: Case
    /// A candidate has no score yet for a criterion scored by hand (a warning: the case is
    /// unfinished); `expected` says whether a level or a value is to be filled in.
    case missingScore(municipality: String, criterion: String, expected: ValueKind)
    /// A score without its rationale (`why:`) yet (a warning: the case is unfinished).
    case missingRationale(municipality: String, criterion: String)
    /// A candidate's `willing:` is written but left empty (a warning: the case is unfinished).
    case willingnessNotStated(municipality: String)
    /// A portfolio service's `fte:` is written but left empty (a warning: unfinished).
    case missingFTE(service: String)
    /// A municipality listed under a service's `values:` without a value (a warning: unfinished).
    case missingValue(service: String, municipality: String)
    /// A score given for a criterion that is computed from region data.
    case scoreForComputedCriterion(criterion: String)
    /// A score given as a level for a measured criterion, or the reverse.
    case scoreKindMismatch(criterion: String, expected: ValueKind)
    /// A level outside the criterion's scale.
    case levelOutOfScale(level: Int, levels: [Int])
    /// A changed weight without a stated reason.
    case overrideWithoutReason(criterion: String)
    /// A candidate that is listed twice.
    case duplicateCandidate(municipality: String)
    /// The case has only one candidate (a warning: there is nothing to compare).
    case singleCandidate
    /// `service.overheadCriterion` names a criterion that is not a measure scored by hand.
    case overheadCriterionKind(criterion: String)
    /// `service.overheadCriterion` is given, but there is no `service.budget` to add it to.
    case overheadNeedsBudget(criterion: String)
    /// A candidate's overhead (percent of the budget) is outside 0–100.
    case overheadOutOfRange(municipality: String, criterion: String, value: Double)

    // MARK: Portfolio
    /// A service needs exactly one of `host`, `values` and `case`.
    case serviceNeedsOneSource(service: String)
    /// No municipality may host the service (all candidates of its case are excluded).
    case noEligibleHost(service: String)
    /// A co-location or separation pair names the same service twice.
    case pairWithItself(service: String)
    /// A case used for values is for another region file.
    case caseRegionMismatch(casePath: String, caseRegion: String, portfolioRegion: String)
    /// A balance or bound setting that cannot hold (e.g. minimum above maximum).
    case boundsContradict(minimum: Double, maximum: Double)

    // MARK: Judgement
    /// A problem in a member's judgement, or in a case's list of judgements.
    case judgement(JudgementProblem)
}

extension Problem {
    /// Whether the problem is something left to fill in (a score, its rationale, a
    /// candidate's willingness): the file is valid but unfinished, and nothing is computed
    /// from it until it is filled in.
    public var isUnfinished: Bool {
        switch self {
        case .missingScore, .missingRationale, .willingnessNotStated, .missingFTE, .missingValue: true
        default: false
        }
    }
}

/// The kind of value a key expects.
public enum ValueKind: String, Sendable, Hashable {
    case text, integer, number, boolean, date, mapping, list, localizedText, identifier, level, measure
}

/// What a reference points at.
public enum ReferenceKind: String, Sendable, Hashable {
    case criterion, municipality, group, candidate, template, region, language, computedMeasure, form, direction
    case knockoutKind, fileKind, status, basis, assessor, service, uncertaintyKind, method, rankRule
}

/// Whether more or less of a measure is better.
public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
    /// More is better (e.g. applicants per position).
    case higherIsBetter
    /// Less is better (e.g. travel time, cost).
    case lowerIsBetter
}
