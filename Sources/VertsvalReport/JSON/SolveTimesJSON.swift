/// When the main solve found its assignment and proved it optimal (`solveTimes` in
/// `vertsval.assignment/1`, present only with `vertsval optimize --timings`).
public struct SolveTimesJSON: Encodable, Sendable {
    /// The objective of the assignment found (the result's `objective`).
    public let objective: Double
    /// Seconds from the start of the optimisation until it was first found.
    public let foundSeconds: Double
    /// Seconds until it was proven optimal; null when the solve stopped without a proof.
    public let provenOptimalSeconds: Double?
    /// Seconds the main solve took (explanation and alternatives not included).
    public let solveSeconds: Double
    /// Seconds the explanation took after the main solve; null when not explained.
    public let explanationSeconds: Double?
    /// How many times the explanation solved a variant of the model; null when not explained.
    public let explanationSolves: Int?
    /// What the clock measures, in the output's language.
    public let clock: String

    enum CodingKeys: String, CodingKey {
        case objective, foundSeconds, provenOptimalSeconds, solveSeconds, explanationSeconds, explanationSolves, clock
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(objective, forKey: .objective)
        try c.encode(foundSeconds, forKey: .foundSeconds)
        try c.encode(provenOptimalSeconds, forKey: .provenOptimalSeconds)
        try c.encode(solveSeconds, forKey: .solveSeconds)
        try c.encode(explanationSeconds, forKey: .explanationSeconds)
        try c.encode(explanationSolves, forKey: .explanationSolves)
        try c.encode(clock, forKey: .clock)
    }
}
