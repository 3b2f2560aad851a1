import Dispatch
import GLPK
import Synchronization

/// Independent jobs on every core, for the explanation's re-solves.
///
/// Each job runs wholly on one thread (GLPK's rule: a problem is created, solved and deleted
/// on one thread; this GLPK keeps its environment per thread).
enum Parallel {
    /// `body(0)` … `body(count − 1)` on the available cores, the results in job order; the
    /// first error (in job order) is rethrown after every job has ended.
    static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws(GLPKError) -> T) throws(GLPKError) -> [T] {
        guard count > 1 else {
            var results: [T] = []
            for i in 0..<count { results.append(try body(i)) }
            return results
        }
        let slots = Mutex([Result<T, GLPKError>?](repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { i in
            let result: Result<T, GLPKError>
            do throws(GLPKError) {
                result = .success(try body(i))
            } catch {
                result = .failure(error)
            }
            slots.withLock { $0[i] = result }
        }
        var results: [T] = []
        results.reserveCapacity(count)
        for slot in slots.withLock({ $0 }) {
            switch slot {
            case let .success(value)?: results.append(value)
            case let .failure(error)?: throw error
            case nil: preconditionFailure("concurrentPerform ran every iteration")
            }
        }
        return results
    }
}
