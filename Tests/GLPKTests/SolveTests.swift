import GLPK
import Testing

/// One-shot solves of small models with known answers, and the status of each outcome.
@Suite struct SolveTests {
    @Test("Vanderbei's LP example gives optimum 13, the textbook duals and reduced costs")
    func textbookLP() throws {
        let solution = try Solver.solve(TestModels.vanderbei)
        #expect(solution.termination == .optimal)
        #expect(solution.primalStatus == .feasiblePoint)
        #expect(solution.method == .simplex)
        #expect(close(solution.objectiveValue, 13))
        #expect(close(solution.columnValues, [2, 0, 1]))
        #expect(close(solution.rowActivities, [5, 10, 8]))
        #expect(close(solution.rowDuals, [1, 0, 1]))
        #expect(close(solution.reducedCosts, [0, -3, 0]))
        #expect(solution.bestBound == nil)
    }

    @Test("The LP presolver gives the same optimum and duals", arguments: [false, true])
    func textbookLPWithPresolve(presolve: Bool) throws {
        let solution = try Solver.solve(TestModels.vanderbei, options: SolveOptions(presolve: presolve))
        #expect(solution.termination == .optimal)
        #expect(close(solution.objectiveValue, 13))
        #expect(close(solution.rowDuals, [1, 0, 1]))
    }

    @Test("The objective constant is included in the objective value")
    func objectiveConstant() throws {
        var model = TestModels.vanderbei
        model.objectiveConstant = -3
        #expect(close(try Solver.solve(model).objectiveValue, 10))
    }

    @Test("A 0–1 knapsack solves to the brute-force optimum", arguments: [false, true])
    func knapsack(presolve: Bool) throws {
        let best = TestModels.knapsackRanking()[0]
        let solution = try Solver.solve(TestModels.knapsack, options: SolveOptions(presolve: presolve))
        #expect(solution.termination == .optimal)
        #expect(solution.primalStatus == .feasiblePoint)
        #expect(solution.method == .branchAndCut)
        #expect(close(solution.objectiveValue, best.value))
        #expect(close(TestModels.knapsack.objectiveValue(solution.columnValues), best.value))
        #expect(solution.columnValues.allSatisfy { $0 == 0 || $0 == 1 })
        #expect(close(solution.bestBound, best.value))
        #expect(solution.relativeGap == 0)
        #expect(solution.rowDuals == nil)
    }

    @Test("Cuts, branching and backtracking choices all reach the knapsack optimum")
    func mipOptions() throws {
        let best = TestModels.knapsackRanking()[0].value
        let choices = [
            SolveOptions(cuts: Set(SolveOptions.Cut.allCases)),
            SolveOptions(branching: .mostFractional, backtracking: .depthFirst),
            SolveOptions(branching: .pseudoCost, backtracking: .bestProjection, feasibilityPump: true),
            SolveOptions(presolve: true, branching: .firstFractional, backtracking: .breadthFirst),
            SolveOptions(simplexMethod: .dual),
        ]
        for options in choices {
            #expect(close(try Solver.solve(TestModels.knapsack, options: options).objectiveValue, best))
        }
    }

    @Test("An integer-infeasible MIP is infeasible with and without the presolver", arguments: [false, true])
    func integerInfeasible(presolve: Bool) throws {
        let solution = try Solver.solve(TestModels.integerInfeasible, options: SolveOptions(presolve: presolve))
        #expect(solution.termination == .infeasible)
        #expect(solution.primalStatus == .noSolution)
        #expect(solution.objectiveValue == nil)
        #expect(solution.columnValues.isEmpty)
    }

    @Test("A MIP with an infeasible relaxation is infeasible with and without the presolver", arguments: [false, true])
    func relaxationInfeasible(presolve: Bool) throws {
        let solution = try Solver.solve(TestModels.relaxationInfeasible, options: SolveOptions(presolve: presolve))
        #expect(solution.termination == .infeasible)
        #expect(solution.primalStatus == .noSolution)
    }

    @Test("An unbounded LP is unbounded with a feasible point")
    func unboundedLP() throws {
        let solution = try Solver.solve(TestModels.unbounded(integer: false))
        #expect(solution.termination == .unbounded)
        #expect(solution.primalStatus == .feasiblePoint)
        #expect(solution.rowDuals == nil)
    }

    @Test("Where GLPK cannot tell, an unbounded model is infeasible-or-unbounded")
    func infeasibleOrUnbounded() throws {
        // The LP presolver, the dual simplex and a MIP with an unbounded relaxation all stop
        // without deciding between the two.
        let cases: [(LinearModel, SolveOptions)] = [
            (TestModels.unbounded(integer: false), SolveOptions(presolve: true)),
            (TestModels.unbounded(integer: false), SolveOptions(simplexMethod: .dual)),
            (TestModels.unbounded(integer: true), SolveOptions()),
            (TestModels.unbounded(integer: true), SolveOptions(presolve: true)),
        ]
        for (model, options) in cases {
            let solution = try Solver.solve(model, options: options)
            #expect(solution.termination == .infeasibleOrUnbounded, "\(options)")
            #expect(solution.primalStatus == .noSolution)
        }
    }

    @Test(
        "A time limit on a hard MIP without a feasible point gives timeLimit and no solution", arguments: [false, true])
    func timeLimitWithoutSolution(presolve: Bool) throws {
        let options = SolveOptions(presolve: presolve, timeLimit: .milliseconds(150))
        let solution = try Solver.solve(TestModels.jeroslow(41, withEscape: false), options: options)
        #expect(solution.termination == .timeLimit)
        #expect(solution.primalStatus == .noSolution)
        #expect(solution.columnValues.isEmpty)
    }

    @Test("A time limit on a hard MIP with an incumbent gives timeLimit, the point, a bound and a gap")
    func timeLimitWithSolution() throws {
        let model = TestModels.jeroslow(41, withEscape: true)
        let solution = try Solver.solve(model, options: SolveOptions(timeLimit: .milliseconds(150)))
        #expect(solution.termination == .timeLimit)
        #expect(solution.primalStatus == .feasiblePoint)
        #expect(solution.objectiveValue == 1)
        #expect(close(model.objectiveValue(solution.columnValues), 1))
        let bound = try #require(solution.bestBound)
        #expect(bound <= 1)
        #expect(close(solution.relativeGap, (1 - bound) / (1 + Double.ulpOfOne)))
    }

    @Test("A relative MIP gap stops early but still reports optimal")
    func relativeGap() throws {
        let solution = try Solver.solve(TestModels.knapsack, options: SolveOptions(relativeMIPGap: 0.5))
        #expect(solution.termination == .optimal)
        #expect(solution.primalStatus == .feasiblePoint)
        let value = try #require(solution.objectiveValue)
        #expect(value >= TestModels.knapsackRanking()[0].value / 2)
    }

    @Test("Models without rows or columns solve")
    func emptyModels() throws {
        let noRows = LinearModel(
            objective: .maximize, objectiveConstant: 1,
            columns: [
                Column(name: "x", bounds: .between(0, 3), objectiveCoefficient: 2),
                Column(name: "n", kind: .integer, bounds: .between(0, 2), objectiveCoefficient: 1),
            ])
        let solution = try Solver.solve(noRows)
        #expect(solution.termination == .optimal)
        #expect(solution.objectiveValue == 9)
        #expect(solution.rowActivities.isEmpty)
        let nothing = try Solver.solve(LinearModel(objectiveConstant: 4))
        #expect(nothing.termination == .optimal)
        #expect(nothing.objectiveValue == 4)
    }

    @Test("The log is captured at the requested level")
    func logCapture() throws {
        let quiet = try Solver.solve(TestModels.knapsack, options: SolveOptions(logLevel: .off))
        #expect(quiet.log.isEmpty)
        let normal = try Solver.solve(TestModels.knapsack, options: SolveOptions(logLevel: .normal))
        #expect(normal.log.contains("mip =   3.880000000e+02"))
        #expect(!normal.log.contains("INTEGER OPTIMAL SOLUTION FOUND"))
        let all = try Solver.solve(TestModels.knapsack, options: SolveOptions(logLevel: .all))
        #expect(all.log.contains("INTEGER OPTIMAL SOLUTION FOUND"))
        #expect(all.log.contains("1 row, 12 columns, 12 non-zeros"))
    }

    @Test("GLPK.version reports the linked library")
    func libraryVersion() {
        let parts = GLPK.version.split(separator: ".")
        #expect(parts.count >= 2)
        #expect(parts.allSatisfy { Int($0) != nil })
    }
}
