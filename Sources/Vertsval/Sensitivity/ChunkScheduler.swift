internal import Foundation

/// Splits Monte Carlo samples into a fixed number of chunks and runs them on worker
/// threads.
///
/// The chunking does not depend on the number of threads: chunk c always covers the same
/// samples with the same generator, and the caller merges the chunk results in chunk
/// order, so the result is the same bit for bit on any number of threads.
enum ChunkScheduler {
    /// The number of chunks per simulation.
    static let chunks = 64

    /// The number of samples in chunk `chunk` when `total` are split into `chunks`: the
    /// first `total % chunks` chunks get one more.
    static func size(of chunk: Int, total: Int) -> Int {
        total / chunks + (chunk < total % chunks ? 1 : 0)
    }

    /// Calls `body(chunk)` once for every chunk in `0..<chunks`, on `threads` workers that
    /// take the next chunk as they become free. `body` must write only to its chunk's slot.
    static func forEachChunk(threads: Int, _ body: @Sendable (Int) -> Void) {
        let workers = max(1, min(threads, chunks))
        if workers == 1 {
            for chunk in 0..<chunks { body(chunk) }
            return
        }
        let queue = ChunkQueue(count: chunks)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let chunk = queue.next() { body(chunk) }
        }
    }
}

/// A pointer to per-chunk result slots, handed to worker threads.
///
/// `@unchecked Sendable` because each chunk writes only its own disjoint slot, and the
/// caller reads the slots only after `ChunkScheduler.forEachChunk` has returned.
struct ChunkSlots<Element>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Element>
}

/// Hands out chunk numbers 0, 1, 2, … to worker threads under a lock.
private final class ChunkQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var nextChunk = 0
    private let count: Int

    init(count: Int) {
        self.count = count
    }

    /// The next chunk to run, or `nil` when all have been handed out.
    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextChunk < count else { return nil }
        defer { nextChunk += 1 }
        return nextChunk
    }
}
