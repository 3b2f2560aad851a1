import Foundation
import GLPK
import SplitMix
import Testing

/// Re-solving one model with small changes in a ``Solver`` session.
@Suite struct SessionTests {
    private let model = TestModels.knapsack

    /// x(S) − x(not S) ≤ |S| − 1: excludes exactly the selection S.
    private func noGoodCut(excluding items: Set<Int>, name: String) -> Row {
        Row(
            name: name, bounds: .atMost(Double(items.count - 1)),
            coefficients: (0..<model.columns.count).map { ($0, items.contains($0) ? 1 : -1) })
    }

    @Test("Relaxing a row bound and re-solving gives the optimum of the relaxed model")
    func relaxRow() throws {
        let (tight, relaxed, restored) = try Solver.withSession(for: model) { solver in
            let tight = try solver.solve()
            try solver.setBounds(.atMost(500), ofRow: 0)
            let relaxed = try solver.solve()
            try solver.setBounds(.atMost(400), ofRow: 0)
            return (tight, relaxed, try solver.solve())
        }
        #expect(close(tight.objectiveValue, TestModels.knapsackRanking()[0].value))
        #expect(close(relaxed.objectiveValue, TestModels.knapsackRanking(capacity: 500)[0].value))
        #expect(close(restored.objectiveValue, tight.objectiveValue))
    }

    @Test("No-good cuts give the k best solutions in order, and deleting them restores the best")
    func kBest() throws {
        let ranking = TestModels.knapsackRanking()
        let (values, rowCount, restored) = try Solver.withSession(for: model) { solver in
            var values: [Double] = []
            var seen: [Set<Int>] = []
            for k in 0..<4 {
                let solution = try solver.solve()
                let items = TestModels.chosen(solution.columnValues)
                #expect(!seen.contains(items))
                seen.append(items)
                values.append(try #require(solution.objectiveValue))
                try solver.addRow(noGoodCut(excluding: items, name: "nogood_\(k)"))
            }
            let rowCount = solver.model.rows.count
            try solver.deleteRows([4, 1, 2, 3])
            return (values, rowCount, try solver.solve())
        }
        #expect(close(values, ranking.prefix(4).map(\.value)))
        #expect(rowCount == 5)
        #expect(close(restored.objectiveValue, ranking[0].value))
    }

    @Test("Sampled objective coefficients give the brute-force optimum for each sample")
    func sampledObjectives() throws {
        var generator = SplitMix64(seed: 7)
        let samples = (0..<5).map { _ in
            TestModels.knapsackValues.map { $0 * (0.5 + Double(generator.next() % 1000) / 1000) }
        }
        let optima = try Solver.withSession(for: model) { solver in
            try samples.map { sample in
                try solver.setObjectiveCoefficients(sample)
                return try #require(try solver.solve().objectiveValue)
            }
        }
        #expect(close(optima, samples.map { TestModels.knapsackRanking(values: $0)[0].value }))
    }

    @Test("The LP relaxation bounds the MIP, and fixing the integers gives the MIP optimum with duals")
    func relaxationAndFixing() throws {
        let best = TestModels.knapsackRanking()[0].value
        let (relaxation, fixed) = try Solver.withSession(for: model) { solver in
            let relaxation = try solver.solveRelaxation()
            let mip = try solver.solve()
            try solver.fixIntegerColumns(to: mip.columnValues)
            return (relaxation, try solver.solveRelaxation())
        }
        #expect(relaxation.termination == .optimal)
        #expect(try #require(relaxation.objectiveValue) >= best)
        #expect(relaxation.rowDuals?.count == 1)
        #expect(fixed.termination == .optimal)
        #expect(close(fixed.objectiveValue, best))
        #expect(fixed.reducedCosts?.count == 12)
    }

    @Test("Changes update the session's model and warm re-solves of an LP stay correct")
    func lpChanges() throws {
        let (first, second, third, current) = try Solver.withSession(for: TestModels.vanderbei) { solver in
            let first = try solver.solve()
            try solver.setObjectiveCoefficient(6, ofColumn: 1)
            let second = try solver.solve(options: SolveOptions(simplexMethod: .dualThenPrimal))
            try solver.setObjective(.minimize)
            try solver.setBounds(.between(1, 2), ofColumn: 0)
            return (first, second, try solver.solve(), solver.model)
        }
        #expect(close(first.objectiveValue, 13))
        // With c2 = 6 the dual y = (1, 0, 1) still covers x2 (3 + 4 = 7 >= 6): (2, 0, 1) stays optimal.
        #expect(close(second.objectiveValue, 13))
        #expect(close(third.objectiveValue, 5))
        #expect(current.columns[1].objectiveCoefficient == 6)
        #expect(current.objective == .minimize)
        #expect(current.columns[0].bounds == .between(1, 2))
    }

    @Test("Invalid changes throw before reaching GLPK and leave the session usable")
    func invalidChanges() throws {
        try Solver.withSession(for: model) { solver in
            expectGLPKError("row index 3 is out of range; expected a row index in 0..<1") {
                try solver.setBounds(.atMost(1), ofRow: 3)
            }
            expectGLPKError("column index 12 is out of range; expected a column index in 0..<12") {
                try solver.setBounds(.fixed(1), ofColumn: 12)
            }
            expectGLPKError("column 0 'take_0' has bounds [0, 0.5]; expected integer bounds for an integer column") {
                try solver.setBounds(.between(0, 0.5), ofColumn: 0)
            }
            expectGLPKError("column 2 'take_2' has objective coefficient nan; expected a finite number") {
                try solver.setObjectiveCoefficient(.nan, ofColumn: 2)
            }
            expectGLPKError("row 1 'cut' refers to column 40; expected a column index in 0..<12") {
                try solver.addRow(Row(name: "cut", bounds: .atMost(1), coefficients: [(40, 1)]))
            }
            expectGLPKError("row 1 'capacity' has the same name as row 0; expected unique row names") {
                try solver.addRow(Row(name: "capacity", bounds: .atMost(1), coefficients: [(0, 1)]))
            }
            expectGLPKError("row 0 is listed more than once for deletion; expected each row at most once") {
                try solver.deleteRows([0, 0])
            }
            expectGLPKError("found 3 column values; expected 12") { try solver.fixIntegerColumns(to: [1, 0, 1]) }
            #expect(solver.model == model)
            let value = try solver.solve().objectiveValue
            #expect(close(value, TestModels.knapsackRanking()[0].value))
        }
    }

    @Test("A solver used after its session, from its own callback or on another thread throws")
    func misuse() throws {
        var escaped: Solver?
        var busy: GLPKError?
        var otherThread: GLPKError?
        try Solver.withSession(for: model) { solver in
            escaped = solver
            _ = try solver.solve { _ in
                if busy == nil {
                    busy = #expect(throws: GLPKError.self) { try solver.setBounds(.free, ofRow: 0) }
                }
            }
            nonisolated(unsafe) let shared = solver
            nonisolated(unsafe) var result: GLPKError?
            let done = DispatchSemaphore(value: 0)
            Thread {
                do { try shared.setBounds(.free, ofRow: 0) } catch let error as GLPKError { result = error } catch {}
                done.signal()
            }.start()
            done.wait()
            otherThread = result
        }
        #expect(busy == .sessionBusy)
        #expect(otherThread == .wrongThread)
        let closed = #expect(throws: GLPKError.self) { _ = try escaped?.solve() }
        #expect(closed == .sessionClosed)
        #expect(
            closed?.description
                == "the solver session has ended; expected the Solver to be used only inside its withSession closure")
    }
}
