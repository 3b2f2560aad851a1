/// A case's service budget under each candidate host, when the host's overhead is part of
/// what the partners pay (`service.overheadCriterion` in the case file).
///
/// Under host h the service costs `budget × (1 + overhead(h) / 100)`, where overhead(h) is
/// h's value on the overhead criterion (percent of the service budget, the same number the
/// cost criterion scores); each municipality pays its key share of that. The key does not
/// depend on the host, so a municipality's share is the same under every host and only its
/// amount changes.
///
/// ```swift
/// let byHost = CostSharing(case: loaded).byHost
/// byHost?.hosts.map(\.budget)       // [5 724 000, 5 832 000]
/// byHost?.difference                // 108 000: dearest minus cheapest host
/// ```
///
/// - Complexity: O(hosts × municipalities).
public struct HostBudgets: Sendable {
    /// The budget with one candidate as host.
    public struct Host: Sendable {
        /// The candidate host.
        public let municipality: Municipality.ID
        /// Its overhead, percent of the base budget.
        public let overheadPercent: Double
        /// The base budget with the overhead added, NOK per year.
        public let budget: Double
        /// Each municipality's amount of `budget` by the key, NOK per year.
        public let amounts: [Municipality.ID: Double]
    }

    /// The criterion whose values are the overheads.
    public let criterion: Criterion
    /// The budget before any overhead, NOK per year (`service.budget`).
    public let baseBudget: Double
    /// The year the budget is for, when stated.
    public let budgetYear: Int?
    /// The candidate hosts in the order asked for (case order by default).
    public let hosts: [Host]
    /// The host with the lowest budget (the first of equals).
    public let cheapest: Host
    /// The host with the highest budget (the first of equals).
    public let dearest: Host
    /// Each municipality's amount under `dearest` minus under `cheapest`, NOK per year.
    public let differences: [Municipality.ID: Double]

    /// `dearest.budget − cheapest.budget`, NOK per year.
    public var difference: Double { dearest.budget - cheapest.budget }
    /// Whether the hosts' budgets differ, so that the choice of host changes what each
    /// municipality pays.
    public var differs: Bool { difference > 0 }

    /// The budgets of `serviceCase` under each of `hosts` that has a score on the case's
    /// overhead criterion, shared by `shares`; nil when the case names no overhead
    /// criterion, has no budget, or no host has an overhead.
    public init?(_ serviceCase: Case, template: Template, hosts: [Municipality.ID], shares: [Municipality.ID: Double]) {
        guard let id = serviceCase.service.overheadCriterion, let criterion = template.criterion(id),
            let base = serviceCase.service.budget
        else { return nil }
        let list = hosts.compactMap { host -> Host? in
            guard let overhead = serviceCase.score(of: host, on: id)?.value.number else { return nil }
            let budget = base * (1 + overhead / 100)
            return Host(municipality: host, overheadPercent: overhead, budget: budget, amounts: shares.mapValues { $0 * budget })
        }
        guard let first = list.first else { return nil }
        var cheapest = first
        var dearest = first
        for host in list.dropFirst() {
            if host.budget < cheapest.budget { cheapest = host }
            if host.budget > dearest.budget { dearest = host }
        }
        self.criterion = criterion
        self.baseBudget = base
        self.budgetYear = serviceCase.service.budgetYear
        self.hosts = list
        self.cheapest = cheapest
        self.dearest = dearest
        self.differences = Dictionary(
            uniqueKeysWithValues: shares.keys.map { ($0, (dearest.amounts[$0] ?? 0) - (cheapest.amounts[$0] ?? 0)) })
    }
}
