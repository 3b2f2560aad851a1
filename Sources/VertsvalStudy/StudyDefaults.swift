/// The one policy for every analysis: how many samples, which seed, which time limits.
/// The command line and the workbench use these unless the request says otherwise, so
/// that the same question gets the same figures from both.
public enum StudyDefaults {
    /// SMAA-2 draws for a case: in `sensitivity`, in reports and on the web page.
    public static let caseSamples = 50_000
    /// Re-solved weightings for a portfolio's robustness: in `sensitivity`, in reports and
    /// on the web page.
    public static let portfolioSamples = 1_000
    /// The seed of every robustness analysis.
    public static let seed: UInt64 = 1
    /// The most samples a request may ask for (case or portfolio).
    public static let maximumSamples = 50_000_000
    /// The limits every solve runs under.
    public static let timeLimits = TimeLimits()
    /// Near-optimal alternatives shown in a portfolio report.
    public static let reportAlternatives = 3
}

/// How long the optimiser may work: on the main solve (and each re-solve), and on the
/// explanation as a whole. The same limits apply on the command line and on the web page.
public struct TimeLimits: Sendable, Hashable {
    /// Per solve.
    public var solve: Duration
    /// For the whole explanation (re-solves per rule and per displaced service).
    public var explanation: Duration

    /// The most a request may ask for, per limit.
    public static let maximum: Duration = .seconds(86_400)

    /// Creates limits; the defaults are one minute each.
    public init(solve: Duration = .seconds(60), explanation: Duration = .seconds(60)) {
        self.solve = solve
        self.explanation = explanation
    }
}
