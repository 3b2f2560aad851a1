internal import Foundation

/// One bounded pool per kind of heavy request, so that one kind cannot hold the others up:
/// a burst of report downloads leaves evaluating a moved weight (and the pages, which need
/// no pool) free. Each pool runs at most one job per core, and queues at most 64 (50
/// clients at once get no "busy" answer: `vertsval-bench --load`). The jobs run at a lower
/// priority than the event loop (nice 10; evaluation, which a moved slider waits for, nice
/// 5), so that pages and assets answer while every core makes reports.
struct WorkPools: Sendable {
    /// Ranking a case with the page's weights, and saving a scenario.
    let evaluation: HeavyWork
    /// SMAA for a case.
    let robustness: HeavyWork
    /// Re-optimising a portfolio.
    let optimization: HeavyWork
    /// Reports (PDF, HTML, Markdown), with their robustness analysis.
    let reports: HeavyWork
    /// The most requests of one kind that wait for a place.
    static let queueLimit = 64

    init() {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        evaluation = HeavyWork(width: cores, queueLimit: Self.queueLimit, niceness: 5)
        robustness = HeavyWork(width: cores, queueLimit: Self.queueLimit, niceness: 10)
        optimization = HeavyWork(width: cores, queueLimit: Self.queueLimit, niceness: 10)
        reports = HeavyWork(width: cores, queueLimit: Self.queueLimit, niceness: 10)
    }
}
