internal import Dispatch
internal import Foundation
internal import HTTPTypes
internal import Vertsval

#if canImport(Glibc)
    internal import Glibc
#endif

/// Runs CPU-bound work (solves, SMAA, PDF) on threads of its own, never on the event loop
/// or Swift's cooperative pool, so that pages and stylesheets still answer while reports
/// are being made. At most `width` jobs run at once and at most `queueLimit` wait; past
/// that a request is refused as busy. Each job runs start to end on one thread (GLPK
/// creates, solves and deletes a problem on the same thread), at `niceness` (Linux: the
/// thread's nice value), so that the event loop gets a core as soon as a request arrives
/// even when every core is busy with heavy work.
actor HeavyWork {
    let width: Int
    let queueLimit: Int
    let niceness: Int32
    private var running = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    init(width: Int = max(1, ProcessInfo.processInfo.activeProcessorCount), queueLimit: Int = 32, niceness: Int32 = 0) {
        self.width = width
        self.queueLimit = queueLimit
        self.niceness = niceness
    }

    /// Runs `body` when a place is free.
    ///
    /// - Throws: `WorkbenchError` 503 when too many requests wait; whatever `body` throws.
    nonisolated func run<T: Sendable>(language: Language, _ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await enter(language: language)
        defer { Task { await self.leave() } }
        return try await withCheckedThrowingContinuation { continuation in
            let niceness = niceness
            let thread = Thread {
                Self.lowerPriority(to: niceness)
                continuation.resume(with: Result { try body() })
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
    }

    /// Gives the calling thread the nice value `niceness` (on Linux a thread's own; 0 leaves
    /// it as it is). A thread may always lower its priority, so this cannot fail for want of
    /// rights; where it fails anyway the job runs at the normal priority.
    private static func lowerPriority(to niceness: Int32) {
        guard niceness > 0 else { return }
        #if os(Linux)
            // PRIO_PROCESS with 0 is the calling thread under Linux/NPTL (setpriority(2)).
            _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, niceness)
        #endif
    }

    private func enter(language: Language) async throws {
        if running < width {
            running += 1
            return
        }
        guard waiting.count < queueLimit else {
            throw WorkbenchError(
                .serviceUnavailable,
                Phrasebook(language).pick(
                    nn: "arbeidsbenken har for mange utrekningar på gang; prøv igjen om litt",
                    nb: "arbeidsbenken har for mange utregninger på gang; prøv igjen om litt",
                    en: "the workbench has too many computations under way; try again shortly"))
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    private func leave() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
