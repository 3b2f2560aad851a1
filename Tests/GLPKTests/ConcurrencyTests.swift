import Foundation
import GLPK
import Testing

/// Solves on several threads at once: GLPK keeps one environment per thread, and each solve
/// builds, solves and deletes its problem on its own thread.
@Suite struct ConcurrencyTests {
    /// Knapsacks with 4…12 items (the first `count` items of the test knapsack).
    private func knapsack(items count: Int) -> LinearModel {
        var model = TestModels.knapsack
        model.columns = Array(model.columns.prefix(count))
        model.rows[0].terms = Array(model.rows[0].terms.prefix(count))
        return model
    }

    private func bruteForce(items count: Int) -> Double {
        TestModels.knapsackRanking().first { $0.items.allSatisfy { $0 < count } }?.value ?? 0
    }

    @Test("Solves on separate threads at once are all correct and keep their own logs")
    func concurrentPerform() {
        let sizes = Array(4...12) + Array(4...12)
        let lock = NSLock()
        nonisolated(unsafe) var results: [Int: Solution] = [:]
        DispatchQueue.concurrentPerform(iterations: sizes.count) { index in
            let solution = try? Solver.solve(knapsack(items: sizes[index]), options: SolveOptions(logLevel: .all))
            lock.withLock { results[index] = solution }
        }
        #expect(results.count == sizes.count)
        for (index, size) in sizes.enumerated() {
            let solution = results[index]
            #expect(solution?.termination == .optimal)
            #expect(close(solution?.objectiveValue, bruteForce(items: size)), "\(size) items")
            #expect(solution?.log.contains("1 row, \(size) columns, \(size) non-zeros") == true, "\(size) items")
        }
    }

    @Test("Detached tasks can each run a session with re-solves")
    func detachedSessions() async throws {
        let values = try await withThrowingTaskGroup(of: (Int, [Double]).self) { group in
            for size in 6...11 {
                let model = knapsack(items: size)
                group.addTask {
                    let values = try Solver.withSession(for: model) { solver in
                        let first = try solver.solve()
                        try solver.setBounds(.atMost(200), ofRow: 0)
                        let second = try solver.solve()
                        return [first.objectiveValue ?? .nan, second.objectiveValue ?? .nan]
                    }
                    return (size, values)
                }
            }
            return try await group.reduce(into: [Int: [Double]]()) { $0[$1.0] = $1.1 }
        }
        for size in 6...11 {
            let limited = TestModels.knapsackRanking(capacity: 200).first { $0.items.allSatisfy { $0 < size } }?.value
            #expect(close(values[size], [bruteForce(items: size), limited ?? 0]), "\(size) items")
        }
    }
}
