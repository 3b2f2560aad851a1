public import Vertsval

/// A score tried for one run only: another level (or value) for one candidate on one
/// criterion scored by hand, on top of the case's score. Written `candidate.criterion=level`
/// (`luster.fagmiljo=3`) on the command line, as a weight is written `criterion=points`.
public struct ScoreAdjustment: Sendable, Hashable {
    /// The candidate.
    public var municipality: Municipality.ID
    /// The criterion (scored by hand).
    public var criterion: Criterion.ID
    /// The level (a whole number on the scale) or the measured value.
    public var value: Double

    /// Creates an adjustment.
    public init(municipality: Municipality.ID, criterion: Criterion.ID, value: Double) {
        self.municipality = municipality
        self.criterion = criterion
        self.value = value
    }
}

/// A score that differs from the case's in a run, and why.
public struct ScoreChange: Sendable, Hashable {
    /// The candidate.
    public var municipality: Municipality.ID
    /// The criterion.
    public var criterion: Criterion.ID
    /// The case's score.
    public var from: ScoreValue
    /// The score used.
    public var to: ScoreValue
    /// Who changed it: this run (`adjustment`) or a saved scenario.
    public var origin: WeightSet.Origin
}

/// The one syntax for scores given for a single run: `candidate.criterion=level`, several
/// separated by commas (`luster.fagmiljo=3,sogndal.lokale=4`); a decimal comma is accepted
/// in a single item (`ardal.kostnad=6,5`).
public enum ScoreAdjustmentText {
    /// One `candidate.criterion=level` item.
    ///
    /// - Throws: `StudyError.scoreSyntax` when it is not of that form or the number is not finite.
    public static func parse(item text: String) throws(StudyError) -> ScoreAdjustment {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw .scoreSyntax(text) }
        let names = parts[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let number = String(parts[1].map { $0 == "," ? "." : $0 }).trimmingSpaces
        guard names.count == 2, let value = Double(number), value.isFinite else { throw .scoreSyntax(text) }
        let municipality = String(names[0]).trimmingSpaces
        let criterion = String(names[1]).trimmingSpaces
        guard !municipality.isEmpty, !criterion.isEmpty else { throw .scoreSyntax(text) }
        return ScoreAdjustment(municipality: Municipality.ID(municipality), criterion: Criterion.ID(criterion), value: value)
    }

    /// A comma-separated list of items (empty text: no adjustments).
    ///
    /// - Throws: `StudyError.scoreSyntax` naming the first item that is not of the form.
    public static func parse(list text: String) throws(StudyError) -> [ScoreAdjustment] {
        var result: [ScoreAdjustment] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: true) { result.append(try parse(item: String(item))) }
        return result
    }

    /// The list form of `adjustments`.
    public static func text(_ adjustments: [ScoreAdjustment]) -> String {
        adjustments.map { "\($0.municipality).\($0.criterion)=\(plain($0.value))" }.joined(separator: ",")
    }

    /// `loaded` with `adjustments` applied to its scores, and the changes made.
    ///
    /// A score's low–high range is dropped when the new score lies outside it.
    ///
    /// - Throws: `StudyError.scoreCandidate`, `.scoreCriterion` or `.scoreOutOfScale`.
    static func apply(
        _ adjustments: [ScoreAdjustment], to loaded: LoadedCase, origin: WeightSet.Origin
    ) throws(StudyError) -> (loaded: LoadedCase, changes: [ScoreChange]) {
        var loaded = loaded
        var changes: [ScoreChange] = []
        let candidates = loaded.case.candidates.map(\.municipality.rawValue)
        let criteria = loaded.template.handScored
        for adjustment in adjustments {
            guard candidates.contains(adjustment.municipality.rawValue) else {
                let open = candidates.filter { name in !adjustments.contains { $0.municipality.rawValue == name } }
                throw .scoreCandidate(
                    adjustment.municipality.rawValue, suggestion: Suggestion.closest(to: adjustment.municipality.rawValue, in: open),
                    valid: candidates)
            }
            guard let criterion = criteria.first(where: { $0.id == adjustment.criterion }) else {
                let valid = criteria.map(\.id.rawValue)
                throw .scoreCriterion(
                    adjustment.criterion.rawValue, suggestion: Suggestion.closest(to: adjustment.criterion.rawValue, in: valid), valid: valid)
            }
            var value = ScoreValue.measure(adjustment.value)
            if let scale = criterion.scale {
                let level = adjustment.value.rounded()
                guard level == adjustment.value, abs(level) < 1e9, scale.levelNumbers.contains(Int(level)) else {
                    throw .scoreOutOfScale(adjustment.value, levels: scale.levelNumbers, criterion: criterion.id.rawValue)
                }
                value = .level(Int(level))
            }
            guard let index = loaded.case.scores.firstIndex(where: { $0.municipality == adjustment.municipality && $0.criterion == criterion.id })
            else { continue }
            var score = loaded.case.scores[index]
            changes.removeAll { $0.municipality == score.municipality && $0.criterion == score.criterion }
            let original = changes.first { $0.municipality == score.municipality && $0.criterion == score.criterion }?.from ?? score.value
            score.value = value
            if let low = score.low, low.number > value.number { score.low = nil }
            if let high = score.high, high.number < value.number { score.high = nil }
            loaded.case.scores[index] = score
            if original != value {
                changes.append(ScoreChange(municipality: score.municipality, criterion: criterion.id, from: original, to: value, origin: origin))
            }
        }
        return (loaded, changes)
    }
}
