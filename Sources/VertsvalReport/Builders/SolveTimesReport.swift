public import Vertsval
public import VertsvalOptimizer

/// When the main solve found its assignment and when it proved it optimal, as a paragraph
/// and as JSON: for comparing with other solvers. The times differ from run to run, so
/// outputs carry them only when asked for (`vertsval optimize --timings`).
public struct SolveTimesReport: Sendable {
    /// The times.
    public let times: SolveTimes
    /// The language written in.
    public let language: Language

    /// Creates the report.
    public init(_ times: SolveTimes, language: Language) {
        self.times = times
        self.language = language
    }

    /// One paragraph: the objective, when it was found, and when it was proven optimal or
    /// when the solve stopped without proving it; how long the explanation took and how many
    /// re-solves it made; then what the clock measures.
    public func blocks() -> [Block] {
        let numbers = NumberFormat(language)
        let objective = numbers.format(times.objective, decimals: 1)
        let found = numbers.format(times.foundSeconds, decimals: 3)
        let sentence: PortfolioReportText =
            if let proven = times.provenSeconds {
                .foundAndProven(objective: objective, found: found, proven: numbers.format(proven, decimals: 3))
            } else {
                .foundNotProven(objective: objective, found: found, stopped: numbers.format(times.solveSeconds, decimals: 3))
            }
        var text = sentence.text(in: language)
        if let seconds = times.explanationSeconds, let solves = times.explanationSolves {
            text += " " + PortfolioReportText.explanationTime(solves: "\(solves)", seconds: numbers.format(seconds, decimals: 3)).text(in: language)
        }
        return [.paragraph(text + " " + PortfolioReportText.solveTimesClock.text(in: language))]
    }

    /// The times as JSON, in seconds to the microsecond.
    public func json() -> SolveTimesJSON {
        func rounded(_ seconds: Double) -> Double { (seconds * 1e6).rounded() / 1e6 }
        return SolveTimesJSON(
            objective: times.objective, foundSeconds: rounded(times.foundSeconds), provenOptimalSeconds: times.provenSeconds.map(rounded),
            solveSeconds: rounded(times.solveSeconds), explanationSeconds: times.explanationSeconds.map(rounded),
            explanationSolves: times.explanationSolves, clock: PortfolioReportText.solveTimesClock.text(in: language))
    }
}
