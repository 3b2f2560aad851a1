public import Vertsval
public import VertsvalOptimizer

/// A portfolio's assignment, explained, with the rules and limits it was computed under.
public struct OptimizedPortfolio: Sendable {
    /// The portfolio as loaded, and the rules switched off.
    public let input: PortfolioInput
    /// The assignment and its explanation.
    public let result: AssignmentResult
    /// Rules switched off and time limits.
    public let provenance: Provenance
    /// The assignment under every rule of the portfolio, when some were switched off: what
    /// the what-if run is read against (not explained; no alternatives).
    public let withAllRules: AssignmentResult?

    /// The portfolio the assignment was computed for (rules switched off removed).
    public var portfolio: Portfolio { input.portfolio }
    /// The problems that did not stop loading.
    public var warnings: [Diagnostic] { input.warnings }
    /// Whether no assignment satisfies the rules (the result then names the conflicts).
    public var isInfeasible: Bool { result.status == .infeasible }
}

/// Use case: assign a portfolio's services to hosts under its rules, and explain it.
public enum OptimizePortfolio {
    /// What to compute.
    public struct Request: Sendable {
        /// The portfolio and the rules to switch off.
        public var input: StudyInput
        /// Near-optimal alternatives to list.
        public var alternatives: Int
        /// Limits on the solve and the explanation.
        public var timeLimits: TimeLimits
        /// Whether to explain (binding rules, displaced services); off when only the hosts
        /// are needed.
        public var explain: Bool

        /// Creates a request with the standard limits.
        public init(input: StudyInput, alternatives: Int = 0, timeLimits: TimeLimits = StudyDefaults.timeLimits, explain: Bool = true) {
            self.input = input
            self.alternatives = alternatives
            self.timeLimits = timeLimits
            self.explain = explain
        }
    }

    /// Loads, solves and explains.
    ///
    /// - Throws: `StudyError` for invalid files or rules, or when the optimiser fails;
    ///   rules that cannot all hold are a result (status `infeasible`), not an error.
    public static func run(_ request: Request) throws(StudyError) -> OptimizedPortfolio {
        try run(request, on: try portfolioInput(request.input))
    }

    /// Solves an already loaded portfolio (used by reports and cost sharing).
    static func run(_ request: Request, on input: PortfolioInput) throws(StudyError) -> OptimizedPortfolio {
        let options = AssignmentOptimizer.Options(
            alternatives: request.alternatives, timeLimit: request.timeLimits.solve, explain: request.explain,
            explanationTimeLimit: request.timeLimits.explanation)
        let result: AssignmentResult
        var withAllRules: AssignmentResult?
        do {
            result = try AssignmentOptimizer.optimize(input.portfolio, options: options)
            if !input.rulesOff.isEmpty {
                let full = AssignmentOptimizer.Options(alternatives: 0, timeLimit: request.timeLimits.solve, explain: false)
                withAllRules = try AssignmentOptimizer.optimize(input.loaded.portfolio, options: full)
            }
        } catch {
            throw .optimizer(error)
        }
        return OptimizedPortfolio(
            input: input, result: result, provenance: Provenance(rulesOff: input.rulesOff, timeLimits: request.timeLimits),
            withAllRules: withAllRules)
    }

    /// The model as a CPLEX LP file (`.lp`) or free MPS file, for audit and other solvers;
    /// the rules switched off are left out of it too.
    public static func export(_ input: StudyInput, as format: ModelFormat) throws(StudyError) -> String {
        let portfolio = try portfolioInput(input).portfolio
        do {
            switch format {
            case .cplexLP: return try AssignmentOptimizer.cplexLP(of: portfolio)
            case .freeMPS: return try AssignmentOptimizer.freeMPS(of: portfolio)
            }
        } catch {
            throw .optimizer(error)
        }
    }

    /// The formats a model can be written in.
    public enum ModelFormat: Sendable {
        /// CPLEX LP.
        case cplexLP
        /// Free MPS with an OBJSENSE section.
        case freeMPS
    }

    static func portfolioInput(_ input: StudyInput) throws(StudyError) -> PortfolioInput {
        guard case .portfolio(let loaded) = try StudySubject.load(input, expecting: [.portfolio]) else {
            preconditionFailure("a portfolio was asked for")
        }
        return loaded
    }
}
