public import Vertsval

/// The advice to the board on an assignment («Tilråding»): which hosts the best assignment
/// gives the open services, how strong each choice is, which are close calls, what balance
/// costs, and — for a what-if run — that it is not the result with every rule. Every number
/// comes from an `AssignmentResult` (and a `RobustAssignment` when one was run).
public struct AssignmentAdvice: Sendable {
    /// A service whose host leads its runner-up by less than this (points 0–100) is a close
    /// call; so is one whose host is not its best-valued municipality, and one that keeps its
    /// host in fewer than `RobustAssignment.contestedBelow` of the draws.
    public static let closeMargin = 5.0
    /// Up to this many open services the advice names each; with more it names the close
    /// calls only (at most this many) and refers to the table.
    public static let listedServices = 12

    /// What the assignment proposes, or why there is none; for a what-if run, that it is
    /// not the result with every rule.
    public var lead: [String]
    /// One line per open service (per close call when there are many): host, lead over the
    /// runner-up, and the share of draws it keeps its host.
    public var services: [String]
    /// The close calls, what balance costs, the board's part, and whether the figures are
    /// illustrative.
    public var closing: [String]
    /// The open services that are close calls, in portfolio order.
    public var closeCalls: [PortfolioService.ID]

    /// Every sentence in order.
    public var sentences: [String] { lead + services + closing }

    /// Writes the advice on `result` for `portfolio` in `language`; `robust` adds the share
    /// of draws each service keeps its host; `switchedOff` names the rules a what-if run
    /// left out and what every rule gives.
    public init(
        _ result: AssignmentResult, portfolio: Portfolio, language: Language, robust: RobustAssignment? = nil,
        switchedOff: SwitchedOffRules? = nil
    ) {
        let words = RuleWording(portfolio: portfolio, language: language)
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        func points(_ value: Double) -> String { n.format(value, decimals: 1) }
        func text(_ key: AssignmentAdviceText) -> String { key.text(in: language) }
        func names(_ ids: [PortfolioService.ID]) -> String {
            var items = ids.prefix(Self.listedServices).map(words.service)
            if ids.count > Self.listedServices { items.append(text(.andMore(count: ids.count - Self.listedServices))) }
            return t.list(items)
        }

        lead = []
        services = []
        closing = []
        closeCalls = []
        let rulesOff = switchedOff.map { t.list($0.rules) }
        guard result.objective != nil, !result.assignment.isEmpty else {
            switch result.status {
            case .infeasible:
                let explanation = AssignmentExplanation(result, portfolio: portfolio, language: language)
                lead = [([text(switchedOff == nil ? .infeasible : .infeasibleWithRulesOff)] + explanation.conflicts).joined(separator: " ")]
            default:
                lead = [text(.noSolution)]
            }
            return
        }

        let open = result.assignment.filter { !$0.decided }
        let count = result.assignment.count
        if open.isEmpty {
            lead.append(text(.noneOpen(count: count)))
        } else if open.count <= Self.listedServices {
            var order: [Municipality.ID] = []
            var byHost: [Municipality.ID: [PortfolioService.ID]] = [:]
            for entry in open {
                if byHost[entry.host] == nil { order.append(entry.host) }
                byHost[entry.host, default: []].append(entry.service)
            }
            let hosts = t.list(order.map { text(.hostFor(services: t.list((byHost[$0] ?? []).map(words.service)), host: words.municipality($0))) })
            lead.append(
                text(
                    rulesOff.map { .whatIfProposes(rules: $0, open: open.count, count: count, hosts: hosts) }
                        ?? .proposes(open: open.count, count: count, hosts: hosts)))
        } else {
            lead.append(
                text(
                    rulesOff.map { .whatIfProposesInTable(rules: $0, open: open.count, count: count) }
                        ?? .proposesInTable(open: open.count, count: count)))
        }
        if let switchedOff {
            lead.append(
                text(.whatIfNotAdvice) + " "
                    + AssignmentExplanation.withAllRules(switchedOff.withAllRules, comparedTo: result, words: words, t: t, points: points))
        }
        if case let .feasible(gap) = result.status {
            lead.append(AssignmentExplanationText.timeLimitGap(gap: n.percent(100 * (gap ?? 1))).text(in: language))
        }

        // Each open service: how strong its host is, and whether it is a close call.
        let kept = Dictionary(uniqueKeysWithValues: (robust?.services ?? []).map { ($0.service, $0.kept) })
        var narrow: [PortfolioService.ID] = []
        var contested: [PortfolioService.ID] = []
        var heldByRules: [PortfolioService.ID] = []
        var lines: [(service: PortfolioService.ID, line: String)] = []
        for entry in open {
            let service = words.capitalized(words.service(entry.service))
            let host = words.municipality(entry.host)
            var line: String
            if let runnerUp = entry.runnerUp, let margin = entry.shownMargin {
                if margin <= -LeadAnalysis.levelMargin {
                    heldByRules.append(entry.service)
                    line = text(.choiceHeldByRules(service: service, host: host, margin: points(-margin), best: words.municipality(runnerUp)))
                } else if margin < LeadAnalysis.levelMargin {
                    narrow.append(entry.service)
                    line = text(.choiceLevel(service: service, host: host, runnerUp: words.municipality(runnerUp)))
                } else {
                    if margin < Self.closeMargin { narrow.append(entry.service) }
                    line = text(.choiceAhead(service: service, host: host, margin: points(margin), runnerUp: words.municipality(runnerUp)))
                }
            } else {
                line = text(.choiceOnly(service: service, host: host))
            }
            if let share = kept[entry.service] {
                if share < RobustAssignment.contestedBelow { contested.append(entry.service) }
                line += text(.keptInDraws(share: n.percent(100 * share, decimals: 0)))
            }
            lines.append((entry.service, line + "."))
        }
        let close = Set(narrow + contested + heldByRules)
        closeCalls = open.map(\.service).filter(close.contains)
        services =
            open.count <= Self.listedServices
            ? lines.map(\.line) : lines.filter { close.contains($0.service) }.prefix(Self.listedServices).map(\.line)

        // "None is close" only says something when some open service had a runner-up.
        if open.contains(where: { $0.runnerUp != nil }) {
            var clauses: [String] = []
            if !narrow.isEmpty { clauses.append(text(.narrowFor(services: names(narrow), margin: points(Self.closeMargin)))) }
            if !contested.isEmpty {
                clauses.append(
                    text(
                        .contestedFor(
                            services: names(contested), share: n.percent(100 * (1 - RobustAssignment.contestedBelow), decimals: 0),
                            plural: contested.count > 1)))
            }
            if !heldByRules.isEmpty { clauses.append(text(.heldByRulesFor(services: names(heldByRules), plural: heldByRules.count > 1))) }
            if clauses.isEmpty {
                closing.append(
                    robust == nil
                        ? text(.noCloseCalls(margin: points(Self.closeMargin)))
                        : text(
                            .noCloseCallsRobust(
                                margin: points(Self.closeMargin), share: n.percent(100 * RobustAssignment.contestedBelow, decimals: 0))))
            } else {
                closing.append(words.capitalized(text(.discussPrefix) + clauses.joined(separator: "; ") + "."))
            }
        }

        if result.appliedRules.contains(where: \.rule.isBalance), let price = result.priceOfBalance, let free = result.unconstrained {
            if price < LeadAnalysis.levelMargin {
                closing.append(text(.balanceFree))
            } else {
                let percent = n.percent(free.objective > 0 ? 100 * price / free.objective : 0)
                let moves = free.changes.map { change in
                    AssignmentExplanationText.move(
                        service: words.service(change.service), host: words.municipality(change.to), instead: words.municipality(change.from)
                    ).text(in: language)
                }
                closing.append(
                    moves.isEmpty
                        ? text(.balancePrice(price: points(price), percent: percent))
                        : text(.balancePriceMoves(price: points(price), percent: percent, moves: t.list(moves))))
            }
        }
        closing.append(text(.boardAdvises) + (portfolio.illustrative ? " " + text(.illustrative) : ""))
    }
}
