/// What carries the first-ranked candidate's lead over the second: the criteria that gain
/// most for each side and how many points they account for.
///
/// Computed from a `PairComparison`; the explanation's "why the leader is first" reads
/// these fields and only words them. With `strongest` = 3 for Sogn PPT: Luster gains most
/// on three criteria worth `strongestForLeaderPoints` of the `grossLead` points in its
/// favour, and Sogndal wins back `wonBack` points.
public struct LeadAnalysis: Sendable {
    /// Below this margin (in points) the two are practically level: the margin shows as
    /// 0,0 at one decimal.
    public static let levelMargin = 0.05

    /// The comparison analysed.
    public let comparison: PairComparison
    /// Whether the margin is below `levelMargin`, so that neither is said to lead.
    public let isPracticallyLevel: Bool
    /// The criteria where the leader gains most, largest first, at most `strongest`.
    public let strongestForLeader: [Criterion.ID]
    /// The points those criteria give the leader together.
    public let strongestForLeaderPoints: Double
    /// The points the leader gains on all criteria in its favour together (its gross lead,
    /// before what the runner-up wins back).
    public let grossLead: Double
    /// The criteria where the runner-up gains most, largest first, at most `strongest`.
    public let strongestForRunnerUp: [Criterion.ID]
    /// The points the runner-up wins back on all criteria in its favour together, as a
    /// positive number (0 when it is better on none).
    public let wonBack: Double

    /// Analyses `comparison`, naming at most `strongest` criteria on each side.
    ///
    /// Sums run over `favouringLeader` and `favouringRunnerUp` in their order (largest
    /// first), so the same comparison gives the same bits.
    public init(_ comparison: PairComparison, strongest: Int = 3) {
        precondition(strongest > 0, "strongest must be positive")
        self.comparison = comparison
        isPracticallyLevel = abs(comparison.margin) < Self.levelMargin
        let points = { (id: Criterion.ID) in comparison.byCriterion[id] ?? 0 }
        strongestForLeader = Array(comparison.favouringLeader.prefix(strongest))
        strongestForLeaderPoints = strongestForLeader.reduce(0) { $0 + points($1) }
        grossLead = comparison.favouringLeader.reduce(0) { $0 + points($1) }
        strongestForRunnerUp = Array(comparison.favouringRunnerUp.prefix(strongest))
        wonBack = -comparison.favouringRunnerUp.reduce(0) { $0 + points($1) }
    }
}
