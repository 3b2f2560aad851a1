internal import Foundation

/// One bounded pool per kind of heavy request, so that one kind cannot hold the others up:
/// a burst of report downloads leaves evaluating a moved weight (and the pages, which need
/// no pool) free. Each pool runs at most one job per core, and queues at most 16.
struct WorkPools: Sendable {
    /// Ranking a case with the page's weights, and saving a scenario.
    let evaluation: HeavyWork
    /// SMAA for a case.
    let robustness: HeavyWork
    /// Re-optimising a portfolio.
    let optimization: HeavyWork
    /// Reports (PDF, HTML, Markdown), with their robustness analysis.
    let reports: HeavyWork

    init() {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        evaluation = HeavyWork(width: cores, queueLimit: 16)
        robustness = HeavyWork(width: cores, queueLimit: 16)
        optimization = HeavyWork(width: cores, queueLimit: 16)
        reports = HeavyWork(width: cores, queueLimit: 16)
    }
}
