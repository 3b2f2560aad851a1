public import Vertsval
internal import VertsvalOptimizer

/// What the cost key is applied to: one case's budget, or every budget of a portfolio
/// with the hosts of its optimal assignment.
public enum CostSharingStudy: Sendable {
    /// A case (or scenario): its service's budget.
    case `case`(EvaluatedCase)
    /// A portfolio: each service's budget, and each municipality's jobs against its cost.
    case portfolio(OptimizedPortfolio)

    /// The budgets shared by the key (and, for a portfolio, each municipality's jobs against
    /// its cost), computed once.
    public var sharing: CostSharing {
        switch self {
        case .case(let evaluated): evaluated.analysis.costSharing
        case .portfolio(let optimized): CostSharing(portfolio: optimized.portfolio, hosts: hosts)
        }
    }

    /// The hosts of the portfolio's services (decided and assigned); empty for a case.
    public var hosts: [PortfolioService.ID: Municipality.ID] {
        guard case .portfolio(let optimized) = self else { return [:] }
        var hosts: [PortfolioService.ID: Municipality.ID] = [:]
        for service in optimized.portfolio.services {
            if let host = service.decidedHost { hosts[service.id] = host }
        }
        for item in optimized.result.assignment { hosts[item.service] = item.host }
        return hosts
    }
}

/// Use case: share costs by the cost key.
public enum ShareCosts {
    /// Loads the input; for a portfolio, solves it (without explanation) for the hosts.
    ///
    /// - Throws: `StudyError` for invalid input, or when the optimiser fails.
    public static func run(_ input: StudyInput, timeLimits: TimeLimits = StudyDefaults.timeLimits) throws(StudyError) -> CostSharingStudy {
        switch try StudySubject.load(input) {
        case .case(let evaluated):
            return .case(evaluated)
        case .portfolio(let portfolio):
            let request = OptimizePortfolio.Request(input: input, timeLimits: timeLimits, explain: false)
            return .portfolio(try OptimizePortfolio.run(request, on: portfolio))
        }
    }
}
