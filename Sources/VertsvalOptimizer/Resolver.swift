import GLPK
import LargeAssignmentSearch
import Synchronization

/// The explanation's re-solves: the model with rules left out or moved outward, each a
/// relaxation of the solved model, so that its optimum stays feasible.
///
/// A model solved by ``ScaledSolve`` is re-solved the same way from the optimum and the
/// main solve's Lagrangian multipliers: where the relaxation at those multipliers already
/// shows that leaving a rule out gains nothing, the re-solve ends after one evaluation of
/// the relaxation instead of a branch-and-cut of the whole model. A small model is re-solved
/// by GLPK directly, as the main solve was.
struct Resolver: Sendable {
    /// What one re-solve found.
    struct Answer: Sendable {
        /// The host column per service, when there is an assignment.
        var hosts: [Int]?
        /// Its objective.
        var objective: Double?
        /// Whether the re-solve stopped at its time limit before proving its optimum.
        var stoppedAtLimit: Bool
    }

    let model: AssignmentModel
    /// The main solve's optimum, host column per service.
    let optimum: [Int]
    /// The compact form of the model when the main solve was a scaled solve (then the
    /// re-solves are too), and that solve's multipliers.
    let scaled: (problem: ScaleProblem, dual: ScaledSolve.Dual?)?
    /// How many re-solves ran, on every thread.
    private let counter = Counter()

    /// A count shared by the threads re-solving.
    private final class Counter: Sendable {
        let value = Atomic<Int>(0)
    }

    /// How many re-solves have run.
    var solves: Int { counter.value.load(ordering: .relaxed) }

    /// The search budget of a re-solve: as the main solve's, but the iterated local search
    /// around the start (the optimum of a problem with more rules, usually close to the new
    /// one) is short, and so is the Lagrangian heuristic's share of the subgradient search,
    /// since the relaxation or the exact phases settle most re-solves.
    static let budget: SearchBudget = {
        var budget = SearchBudget()
        budget.iteratedLocalSearchMaximum = .milliseconds(10)
        budget.lagrangianHeuristicFirst = 1
        budget.lagrangianHeuristicEvery = 10
        return budget
    }()

    init(model: AssignmentModel, optimum: [Int], main: MainSolve) {
        self.model = model
        self.optimum = optimum
        scaled = main.scaled ? (ScaleProblem(model), main.dual) : nil
    }

    /// Re-solves with the rules `leavingOut` left out and those in `relaxing` moved outward
    /// by the given amount, within `options.timeLimit`.
    func solve(leavingOut: Set<Rule> = [], relaxing: [Rule: Double] = [:], options: SolveOptions) throws(GLPKError) -> Answer {
        let model = self.model
        counter.value.add(1, ordering: .relaxed)
        if let scaled {
            let problem = scaled.problem.variant(of: model, leavingOut: leavingOut, relaxing: relaxing)
            let outcome = try ScaledSolve.resolve(
                problem, linearModel: { model.linearModel(leavingOut: leavingOut, relaxing: relaxing) },
                options: .init(timeLimit: options.timeLimit, budget: Self.budget), from: optimum, dual: scaled.dual)
            return Answer(hosts: outcome.hosts, objective: outcome.objective, stoppedAtLimit: outcome.proof != .optimal)
        }
        let solution = try Solver.solve(model.linearModel(leavingOut: leavingOut, relaxing: relaxing), options: options)
        guard solution.hasFeasiblePoint, let objective = solution.objectiveValue else {
            return Answer(hosts: nil, objective: nil, stoppedAtLimit: solution.termination == .timeLimit)
        }
        return Answer(hosts: model.hosts(in: solution.columnValues), objective: objective, stoppedAtLimit: solution.termination == .timeLimit)
    }
}
