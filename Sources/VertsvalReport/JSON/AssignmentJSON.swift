public import Vertsval
public import VertsvalOptimizer

/// The stable JSON form of an optimised portfolio (schema `vertsval.assignment/1`).
///
/// Every documented key is always present; absent values are `null`. Values and
/// objectives are points; FTE in full-time equivalents; shares 0–1 are given in percent.
public struct AssignmentJSON: Encodable, Sendable {
    public let schema = "vertsval.assignment/1"
    /// Where the result comes from (what-if or not, every deviation and its source);
    /// null only when built outside a use case.
    public var provenance: ProvenanceJSON?
    public let language: String
    public let portfolio: String
    /// Whether the portfolio's figures are illustrative.
    public let illustrative: Bool
    /// Notices every output shows (the portfolio's notice, e.g. that its figures are
    /// illustrative).
    public let notices: [String]
    /// `optimal`, `feasible`, `infeasible` or `noSolution`.
    public let status: String
    /// Relative gap to the best bound when `feasible` (0–1).
    public let gap: Double?
    public let objective: Double?
    public let bestBound: Double?
    public let unconstrainedObjective: Double?
    public let priceOfBalance: Double?
    public let assignment: [Entry]
    public let bindingRules: [Binding]
    /// Every rule the assignment was computed under, with its bound and standing.
    public let rules: [RuleInfo]
    public let displaced: [Displaced]
    public let alternatives: [AlternativeInfo]
    public let conflicts: [ConflictInfo]
    public let municipalities: [Load]
    public let explanation: Explanation
    /// False when the explanation's time limit cut it short (some rules or displaced
    /// services are then not explained).
    public let explanationComplete: Bool
    /// When the assignment was found and proven optimal; only when asked for (the times
    /// differ from run to run), absent otherwise.
    public var solveTimes: SolveTimesJSON?

    public struct Entry: Encodable, Sendable {
        public let service: String
        public let name: String
        public let fte: Double
        public let host: Municipality.ID
        public let value: Double
        public let decided: Bool
        public let runnerUp: Municipality.ID?
        public let runnerUpValue: Double?
        public let margin: Double?
        public let best: Municipality.ID
        public let bestValue: Double
    }

    public struct Binding: Encodable, Sendable {
        /// Stable rule id, e.g. `balance-max:sogndal`, `apart:barnevern+ppt`.
        public let rule: String
        public let municipality: Municipality.ID?
        /// `fte`, `services`, or null for co-location/separation.
        public let unit: String?
        public let bound: Double?
        public let activity: Double?
        public let gainIfRemoved: Double
        public let marginalValue: Double?
    }

    public struct RuleInfo: Encodable, Sendable {
        /// Stable rule id, as in `bindingRules`.
        public let rule: String
        public let municipality: Municipality.ID?
        public let unit: String?
        public let bound: Double?
        public let activity: Double?
        public let atBound: Bool
        /// `binds` (the assignment would score more without this rule alone; the rule is
        /// then in `bindingRules`), `bindsWithOthers` (it moves a service only together with
        /// other rules), `atBound`, `slack`, or `untested` (removing it was not tried).
        public let standing: String
    }

    public struct Displaced: Encodable, Sendable {
        public let service: String
        public let host: Municipality.ID
        public let best: Municipality.ID
        public let movedBy: [String]
        public let movedByTogether: [String]
    }

    public struct AlternativeInfo: Encodable, Sendable {
        public let objective: Double
        public let loss: Double
        /// Service id → host.
        public let hosts: [PortfolioService.ID: Municipality.ID]
        public let changes: [ChangeInfo]
    }

    public struct ChangeInfo: Encodable, Sendable {
        public let service: String
        public let from: Municipality.ID
        public let to: Municipality.ID
    }

    public struct ConflictInfo: Encodable, Sendable {
        public let rule: String
        public let unit: String?
        public let shortfall: Double
    }

    public struct Load: Encodable, Sendable {
        public let municipality: Municipality.ID
        public let fte: Double
        public let services: Int
        public let populationSharePercent: Double
        public let target: Double?
        public let lower: Double?
        public let upper: Double?
        /// NOK per year by the cost keys.
        public let cost: Double
        public let costSharePercent: Double
        public let fteSharePercent: Double
    }

    public struct Explanation: Encodable, Sendable {
        public let summary: [String]
        public let bindingRules: [String]
        public let displaced: [String]
        public let alternatives: [String]
        public let conflicts: [String]
        /// The advice to the board («Tilråding»), sentence by sentence.
        public let advice: [String]
    }

    /// Builds the JSON form; `explanation` and `advice` are the result in words when already
    /// written (with the rules a what-if run switched off), else they are written here.
    public init(
        _ portfolio: Portfolio, result: AssignmentResult, language: Language, explanation: AssignmentExplanation? = nil,
        advice: AssignmentAdvice? = nil
    ) {
        self.language = language.rawValue
        self.portfolio = portfolio.id
        illustrative = portfolio.illustrative
        notices = portfolio.notice.map { [$0.text(language)] } ?? []
        switch result.status {
        case .optimal: (status, gap) = ("optimal", nil)
        case let .feasible(gap): (status, self.gap) = ("feasible", gap)
        case .infeasible: (status, gap) = ("infeasible", nil)
        case .noSolution: (status, gap) = ("noSolution", nil)
        }
        objective = result.objective
        bestBound = result.bestBound
        explanationComplete = !result.explanationCutShort
        unconstrainedObjective = result.unconstrained?.objective
        priceOfBalance = result.priceOfBalance
        assignment = result.assignment.map { entry in
            let service = portfolio.service(entry.service)
            return Entry(
                service: entry.service.rawValue, name: service?.name.text(language) ?? entry.service.rawValue, fte: service?.fte ?? 0,
                host: entry.host,
                value: entry.value, decided: entry.decided, runnerUp: entry.runnerUp, runnerUpValue: entry.runnerUpValue,
                margin: entry.margin, best: entry.best, bestValue: entry.bestValue)
        }
        bindingRules = result.bindingRules.map {
            Binding(
                rule: $0.rule.id, municipality: $0.rule.municipality, unit: $0.rule.unit?.rawValue, bound: $0.bound, activity: $0.activity,
                gainIfRemoved: $0.gainIfRemoved, marginalValue: $0.marginalValue)
        }
        rules = result.appliedRules.map { applied in
            let standing: String
            switch result.standing(of: applied) {
            case .binds: standing = "binds"
            case .bindsWithOthers: standing = "bindsWithOthers"
            case .atBound: standing = "atBound"
            case .slack: standing = "slack"
            case .untested: standing = "untested"
            }
            return RuleInfo(
                rule: applied.rule.id, municipality: applied.rule.municipality, unit: applied.rule.unit?.rawValue, bound: applied.bound,
                activity: applied.activity, atBound: applied.isAtBound, standing: standing)
        }
        displaced = result.displaced.map {
            Displaced(
                service: $0.service.rawValue, host: $0.host, best: $0.best, movedBy: $0.movedBy.map(\.id),
                movedByTogether: $0.movedByTogether.map(\.id))
        }
        let serviceIDs = portfolio.services.map(\.id)
        alternatives = result.alternatives.map { alternative in
            AlternativeInfo(
                objective: alternative.objective, loss: alternative.loss,
                hosts: Dictionary(uniqueKeysWithValues: zip(serviceIDs, alternative.hosts)),
                changes: alternative.changes.map { ChangeInfo(service: $0.service.rawValue, from: $0.from, to: $0.to) })
        }
        conflicts = result.conflicts.map { ConflictInfo(rule: $0.rule.id, unit: $0.rule.unit?.rawValue, shortfall: $0.shortfall) }
        let hosts = Dictionary(uniqueKeysWithValues: result.assignment.map { ($0.service, $0.host) })
        let positions = Dictionary(uniqueKeysWithValues: NetPosition.positions(portfolio, hosts: hosts).map { ($0.municipality, $0) })
        municipalities = result.loads.map { load in
            let position = positions[load.municipality]
            return Load(
                municipality: load.municipality, fte: load.fte, services: load.services, populationSharePercent: 100 * load.populationShare,
                target: load.target, lower: load.lower, upper: load.upper, cost: position?.cost ?? 0,
                costSharePercent: 100 * (position?.costShare ?? 0), fteSharePercent: 100 * (position?.fteShare ?? 0))
        }
        let words = explanation ?? AssignmentExplanation(result, portfolio: portfolio, language: language)
        self.explanation = Explanation(
            summary: words.summary, bindingRules: words.bindingRules, displaced: words.displaced, alternatives: words.alternatives,
            conflicts: words.conflicts,
            advice: (advice ?? AssignmentAdvice(result, portfolio: portfolio, language: language)).sentences)
    }

    /// The JSON text (sorted keys, trailing newline).
    public func encoded() throws -> String {
        try JSONOutput.encode(self)
    }
}

extension AssignmentJSON {
    enum CodingKeys: String, CodingKey {
        case schema, provenance, language, portfolio, illustrative, notices, status, gap, objective, bestBound, unconstrainedObjective
        case priceOfBalance, assignment, bindingRules, rules, displaced, alternatives, conflicts, municipalities, explanation, explanationComplete
        case solveTimes
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schema, forKey: .schema)
        try c.encode(provenance, forKey: .provenance)
        try c.encode(language, forKey: .language)
        try c.encode(portfolio, forKey: .portfolio)
        try c.encode(illustrative, forKey: .illustrative)
        try c.encode(notices, forKey: .notices)
        try c.encode(status, forKey: .status)
        try c.encode(gap, forKey: .gap)
        try c.encode(objective, forKey: .objective)
        try c.encode(bestBound, forKey: .bestBound)
        try c.encode(unconstrainedObjective, forKey: .unconstrainedObjective)
        try c.encode(priceOfBalance, forKey: .priceOfBalance)
        try c.encode(assignment, forKey: .assignment)
        try c.encode(bindingRules, forKey: .bindingRules)
        try c.encode(rules, forKey: .rules)
        try c.encode(displaced, forKey: .displaced)
        try c.encode(alternatives, forKey: .alternatives)
        try c.encode(conflicts, forKey: .conflicts)
        try c.encode(municipalities, forKey: .municipalities)
        try c.encode(explanation, forKey: .explanation)
        try c.encode(explanationComplete, forKey: .explanationComplete)
        try c.encodeIfPresent(solveTimes, forKey: .solveTimes)
    }
}

extension AssignmentJSON.Entry {
    enum CodingKeys: String, CodingKey {
        case service, name, fte, host, value, decided, runnerUp, runnerUpValue, margin, best, bestValue
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(service, forKey: .service)
        try c.encode(name, forKey: .name)
        try c.encode(fte, forKey: .fte)
        try c.encode(host, forKey: .host)
        try c.encode(value, forKey: .value)
        try c.encode(decided, forKey: .decided)
        try c.encode(runnerUp, forKey: .runnerUp)
        try c.encode(runnerUpValue, forKey: .runnerUpValue)
        try c.encode(margin, forKey: .margin)
        try c.encode(best, forKey: .best)
        try c.encode(bestValue, forKey: .bestValue)
    }
}

extension AssignmentJSON.Binding {
    enum CodingKeys: String, CodingKey { case rule, municipality, unit, bound, activity, gainIfRemoved, marginalValue }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(municipality, forKey: .municipality)
        try c.encode(unit, forKey: .unit)
        try c.encode(bound, forKey: .bound)
        try c.encode(activity, forKey: .activity)
        try c.encode(gainIfRemoved, forKey: .gainIfRemoved)
        try c.encode(marginalValue, forKey: .marginalValue)
    }
}

extension AssignmentJSON.RuleInfo {
    enum CodingKeys: String, CodingKey { case rule, municipality, unit, bound, activity, atBound, standing }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(municipality, forKey: .municipality)
        try c.encode(unit, forKey: .unit)
        try c.encode(bound, forKey: .bound)
        try c.encode(activity, forKey: .activity)
        try c.encode(atBound, forKey: .atBound)
        try c.encode(standing, forKey: .standing)
    }
}

extension AssignmentJSON.ConflictInfo {
    enum CodingKeys: String, CodingKey { case rule, unit, shortfall }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(rule, forKey: .rule)
        try c.encode(unit, forKey: .unit)
        try c.encode(shortfall, forKey: .shortfall)
    }
}

extension AssignmentJSON.Load {
    enum CodingKeys: String, CodingKey {
        case municipality, fte, services, populationSharePercent, target, lower, upper, cost, costSharePercent, fteSharePercent
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(municipality, forKey: .municipality)
        try c.encode(fte, forKey: .fte)
        try c.encode(services, forKey: .services)
        try c.encode(populationSharePercent, forKey: .populationSharePercent)
        try c.encode(target, forKey: .target)
        try c.encode(lower, forKey: .lower)
        try c.encode(upper, forKey: .upper)
        try c.encode(cost, forKey: .cost)
        try c.encode(costSharePercent, forKey: .costSharePercent)
        try c.encode(fteSharePercent, forKey: .fteSharePercent)
    }
}
