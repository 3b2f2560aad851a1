/// A run with some of the portfolio's rules switched off: which, in words, and the
/// assignment under every rule, so that the explanation never reads as the official result.
public struct SwitchedOffRules: Sendable {
    /// The rules switched off, in words and in the portfolio's order.
    public var rules: [String]
    /// The best assignment with every rule of the portfolio, as it was computed for
    /// comparison.
    public var withAllRules: AssignmentResult

    /// Creates the record of a run with `rules` switched off.
    public init(rules: [String], withAllRules: AssignmentResult) {
        self.rules = rules
        self.withAllRules = withAllRules
    }
}
