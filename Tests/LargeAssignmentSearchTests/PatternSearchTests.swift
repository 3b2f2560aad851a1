import AssignmentTestSupport
import GLPK
import SplitMix
import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalSynthetic
import VertsvalTestSupport

@testable import LargeAssignmentSearch

/// The exact pattern search and the restricted problems of the scaled solve, against
/// exhaustive enumeration: a found assignment reaches the target and keeps the rules; "no
/// assignment reaches it" is never said when one does.
@Suite struct PatternSearchTests {
    /// Small random GAP portfolios (both senses) and random portfolios with every rule kind.
    static func portfolios() -> [Portfolio] {
        var rng = SeededGenerator(seed: 4242)
        var result: [Portfolio] = []
        for seed in 0..<30 {
            let m = Int.random(in: 2...4, using: &rng)
            let n = Int.random(in: 3...7, using: &rng)
            let cost = (0..<m).map { _ in (0..<n).map { _ in Int.random(in: 5...50, using: &rng) } }
            let resource = (0..<m).map { _ in (0..<n).map { _ in Int.random(in: 1...20, using: &rng) } }
            let capacity = (0..<m).map { i in max(1, resource[i].reduce(0, +) * Int.random(in: 4...9, using: &rng) / (10 * m) + 5) }
            let gap = GAPInstance(name: "pattern-\(seed)", cost: cost, resource: resource, capacity: capacity)
            result.append(gap.portfolio(sense: seed.isMultiple(of: 2) ? .minimize : .maximize))
        }
        for _ in 0..<60 { result.append(RandomPortfolio.make(&rng)) }
        return result
    }

    /// The portfolios of ``portfolios()`` with an assignment and the knapsack form: each with
    /// its brute-force optimum, model, problem and relaxation.
    static func knapsackCases() -> [(
        round: Int, portfolio: Portfolio, best: BruteForce.Assignment, model: AssignmentModel, relaxation: LagrangianRelaxation
    )] {
        portfolios().enumerated().compactMap { round, portfolio in
            guard let best = BruteForce.all(portfolio).first else { return nil }
            let model = AssignmentModel(portfolio)
            let relaxation = LagrangianRelaxation(ScaleProblem(model))
            guard relaxation.usesKnapsacks else { return nil }
            return (round, portfolio, best, model, relaxation)
        }
    }

    @Test("At the optimum as target the search finds an optimal assignment; one step above it, it proves none exists")
    func decidesAroundTheOptimum() throws {
        var decided = 0
        for (round, portfolio, best, model, relaxation) in Self.knapsackCases() {
            let problem = relaxation.problem
            var incumbent: SearchState?
            let deadline = ContinuousClock.now + .seconds(5)
            let run = SubgradientSearch(relaxation: relaxation).run(incumbent: &incumbent, until: deadline, maxIterations: 200, improved: { _ in })
            // Several points of the dual: the starting multipliers and the best found.
            var evaluations = [relaxation.evaluate(relaxation.initialMultipliers())]
            if let evaluation = run.evaluation { evaluations.append(evaluation) }
            let allowed = [Bool](repeating: true, count: problem.columnCount)
            for evaluation in evaluations {
                #expect(evaluation.value >= best.objective - 1e-6, "round \(round): relaxation below the optimum")
                let search = PatternSearch(relaxation: relaxation, evaluation: evaluation)
                switch try search.search(target: best.objective, allowed: allowed, until: deadline) {
                case let .found(hosts):
                    #expect(problem.isFeasible(hosts), "round \(round): pattern assignment breaks a rule")
                    #expect(abs(problem.objective(hosts) - best.objective) < 1e-6, "round \(round): not the optimum")
                    let names = hosts.map { model.pairs[$0].municipality }
                    #expect(BruteForce.feasible(portfolio, hosts: names), "round \(round): brute force rejects the assignment")
                    decided += 1
                case .noneReaches:
                    Issue.record("round \(round): claims no assignment reaches the optimum \(best.objective)")
                case .undecided:
                    break
                }
                let above = best.objective + problem.improvementStep(at: best.objective)
                switch try search.search(target: above, allowed: allowed, until: deadline) {
                case .found:
                    Issue.record("round \(round): found an assignment better than the optimum")
                case .noneReaches:
                    decided += 1
                case .undecided:
                    break
                }
            }
        }
        // Small instances have few patterns: almost every question is decided.
        #expect(decided > 100)
    }

    @Test("The bound climb stops at the optimum: it finds an optimal assignment there and never proves the bound below it")
    func boundClimbEndsAtTheOptimum() throws {
        var found = 0
        for (round, portfolio, best, model, relaxation) in Self.knapsackCases() where relaxation.problem.integralObjective {
            var run = ScaledRun(problem: ScaleProblem(model), linearModel: { model.linearModel() }, options: .init(timeLimit: .seconds(5)))
            // From the starting multipliers' bound (well above the optimum on most of these),
            // with no incumbent: the climb alone must come down to the optimum.
            let evaluation = relaxation.evaluate(relaxation.initialMultipliers())
            guard evaluation.value.isFinite else { continue }
            run.lagrangianBound = run.problem.rounded(bound: evaluation.value)
            try run.climbBound(relaxation: relaxation, evaluation: evaluation, until: ContinuousClock.now + .seconds(5))
            let bound = try #require(run.lagrangianBound)
            #expect(bound >= best.objective - 1e-6, "round \(round): bound \(bound) proven below the optimum \(best.objective)")
            if let incumbent = run.incumbent {
                #expect(
                    abs(incumbent.objective - best.objective) < 1e-6, "round \(round): climb found \(incumbent.objective), optimum \(best.objective)")
                #expect(abs(bound - best.objective) < 1e-6, "round \(round): found the optimum but left the bound at \(bound)")
                #expect(BruteForce.feasible(portfolio, hosts: incumbent.hosts.map { model.pairs[$0].municipality }), "round \(round)")
                found += 1
            }
        }
        // Few patterns on instances this small: nearly every climb reaches the optimum.
        #expect(found > 20)
    }

    @Test("A restricted problem keeps the chosen columns, their rows and their profits, and maps back")
    func restrictedProblem() throws {
        var rng = SeededGenerator(seed: 77)
        for _ in 0..<40 {
            let portfolio = RandomPortfolio.make(&rng)
            let problem = ScaleProblem(AssignmentModel(portfolio))
            let keep = (0..<problem.columnCount).map { j in problem.options[problem.serviceOfColumn[j]].first == j || Bool.random(using: &rng) }
            let restricted = ScaleProblem(restricting: problem, to: keep)
            #expect(restricted.originalColumn == (0..<problem.columnCount).filter { keep[$0] })
            #expect(restricted.serviceCount == problem.serviceCount)
            #expect(restricted.rowCount == problem.rowCount)
            for (k, j) in restricted.originalColumn.enumerated() {
                #expect(restricted.profit[k] == problem.profit[j])
                #expect(restricted.serviceOfColumn[k] == problem.serviceOfColumn[j])
                #expect(restricted.column(restricted.serviceOfColumn[k], at: restricted.municipalityOfColumn[k]) == k)
                let terms = Array(
                    zip(
                        restricted.entryRow[restricted.columnStart[k]..<restricted.columnStart[k + 1]],
                        restricted.entryValue[restricted.columnStart[k]..<restricted.columnStart[k + 1]]))
                let original = Array(
                    zip(
                        problem.entryRow[problem.columnStart[j]..<problem.columnStart[j + 1]],
                        problem.entryValue[problem.columnStart[j]..<problem.columnStart[j + 1]]))
                #expect(terms.map(\.0) == original.map(\.0) && terms.map(\.1) == original.map(\.1))
            }
            // Any assignment on kept columns is feasible in one exactly when in the other.
            let hosts = restricted.options.map { $0[0] }
            #expect(restricted.isFeasible(hosts) == problem.isFeasible(hosts.map { restricted.originalColumn[$0] }))
        }
    }
}

/// The whole scaled solve on medium, tight GAP instances, where the bound does not close at
/// once and the neighbourhood and pattern phases run: its optimum equals GLPK's own
/// branch-and-cut on the full model.
@Suite struct ScaledSolveMediumTests {
    @Test("Tight 5 × 24 GAP instances (16): the scaled solve's proven optimum equals plain GLPK's; the pattern proof is used", .tags(.slow))
    func matchesPlainGLPK() throws {
        var patternPhases = 0
        for seed in 0..<16 {
            var rng = SeededGenerator(seed: UInt64(9000 + seed))
            let m = 5
            let n = 24
            let cost = (0..<m).map { _ in (0..<n).map { _ in Int.random(in: 10...50, using: &rng) } }
            let resource = (0..<m).map { _ in (0..<n).map { _ in Int.random(in: 5...25, using: &rng) } }
            // Type-C-like capacities: 80 % of the average load per agent.
            let capacity = (0..<m).map { i in resource[i].reduce(0, +) * 8 / (10 * m) }
            let gap = GAPInstance(name: "medium-\(seed)", cost: cost, resource: resource, capacity: capacity)
            let model = AssignmentModel(gap.portfolio(sense: .minimize))
            let plain = try Solver.solve(model.linearModel())
            // The heuristic phases get ample time (and stop once the bound is met), so the
            // subgradient, fixing, neighbourhood and pattern phases can run; no time limit, so
            // the proof comes from GLPK at the end whatever the machine's speed.
            let outcome = try ScaledSolve.solve(model, options: .untimed(heuristics: .seconds(54)))
            guard plain.termination == .optimal, let optimum = plain.objectiveValue else {
                #expect(outcome.hosts == nil, "seed \(seed): GLPK finds no assignment but the scaled solve does")
                continue
            }
            #expect(outcome.proof == .optimal, "seed \(seed): \(outcome.proof); phases \(outcome.phaseEnds)")
            let objective = try #require(outcome.objective)
            #expect(abs(objective - optimum) < 1e-6, "seed \(seed): scaled \(objective), GLPK \(optimum); phases \(outcome.phaseEnds)")
            #expect(ScaleProblem(model).isFeasible(try #require(outcome.hosts)))
            if let bound = outcome.lagrangianBound { #expect(bound >= optimum - 1e-6) }
            // The pattern search runs in the bound climb (first) or for the incumbent.
            let searched = outcome.phaseEnds.contains { end in
                switch end.phase {
                case .patterns, .boundClimb: return true
                default: return false
                }
            }
            if searched { patternPhases += 1 }
        }
        #expect(patternPhases > 0, "no instance reached the pattern search: the test no longer covers it")
    }
}
