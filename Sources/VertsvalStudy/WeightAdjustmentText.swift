public import Vertsval

/// The one syntax for weights given for a single run, on the command line and in the
/// web API: `criterion=points`, several separated by commas (`fagmiljo=30,reisetid=12`).
/// A decimal comma is accepted in a single item (`fagmiljo=12,5` on the command line).
public enum WeightAdjustmentText {
    /// One `criterion=points` item.
    ///
    /// - Throws: `StudyError.weightSyntax` when it is not of that form, or the points are
    ///   negative or not finite.
    public static func parse(item text: String) throws(StudyError) -> WeightSet.Adjustment {
        let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty,
            let points = Double(parts[1].trimmingSpaces.replacingDecimalComma), points.isFinite, points >= 0
        else { throw .weightSyntax(text) }
        return WeightSet.Adjustment(criterion: Criterion.ID(String(parts[0].trimmingSpaces)), points: points)
    }

    /// A comma-separated list of items (empty text: no adjustments).
    ///
    /// - Throws: `StudyError.weightSyntax` naming the first item that is not `criterion=points`.
    public static func parse(list text: String) throws(StudyError) -> [WeightSet.Adjustment] {
        var result: [WeightSet.Adjustment] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: true) {
            result.append(try parse(item: String(item)))
        }
        return result
    }

    /// The list form of `adjustments`, as the web page keeps it in its address.
    public static func text(_ adjustments: [WeightSet.Adjustment]) -> String {
        adjustments.map { "\($0.criterion)=\(plain($0.points))" }.joined(separator: ",")
    }
}

/// `30` rather than `30.0`; other values as Swift prints them (round-trips exactly).
func plain(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text = text.dropFirst() }
        while text.last == " " { text = text.dropLast() }
        return text
    }

    fileprivate var replacingDecimalComma: String {
        String(map { $0 == "," ? "." : $0 })
    }
}
