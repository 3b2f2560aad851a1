package import GLPK
internal import LargeAssignmentSearch
public import Vertsval

/// Solves a portfolio's assignment with GLPK and explains the result by re-solving.
///
/// Everything happens synchronously on the calling thread (GLPK's rule: a problem is
/// created, solved and deleted on one thread); call it from a detached task to run several
/// at once.
public enum AssignmentOptimizer {
    /// What to compute.
    public struct Options: Sendable {
        /// How many next-best distinct assignments to find.
        public var alternatives: Int
        /// A time limit per solve.
        public var timeLimit: Duration?
        /// Whether to explain (unconstrained optimum, binding rules, displacements); off for
        /// bulk use such as robustness sampling.
        public var explain: Bool
        /// A limit on the explanation as a whole (it re-solves once or twice per rule and per
        /// displaced service, on every core: about a second for a national portfolio of 356
        /// municipalities, more for harder ones); when it is reached the rest is left out and
        /// the result says so (``AssignmentResult/explanationCutShort``).
        public var explanationTimeLimit: Duration?

        /// Creates options.
        public init(alternatives: Int = 0, timeLimit: Duration? = nil, explain: Bool = true, explanationTimeLimit: Duration? = nil) {
            self.alternatives = alternatives
            self.timeLimit = timeLimit
            self.explain = explain
            self.explanationTimeLimit = explanationTimeLimit
        }
    }

    /// Optimises and explains `portfolio`.
    ///
    /// - Throws: `OptimizerError` when a number is outside what the solver can compute with,
    ///   or for a defect; infeasibility is a result, not an error.
    public static func optimize(_ portfolio: Portfolio, options: Options = Options()) throws(OptimizerError) -> AssignmentResult {
        do {
            return try solveAndExplain(portfolio, options: options)
        } catch {
            throw OptimizerError(error)
        }
    }

    static func solveAndExplain(_ portfolio: Portfolio, options: Options) throws(GLPKError) -> AssignmentResult {
        let began = ContinuousClock.now
        let model = AssignmentModel(portfolio)
        var solveOptions = SolveOptions()
        solveOptions.timeLimit = options.timeLimit
        solveOptions.cuts = [.gomory, .mixedIntegerRounding, .cover, .clique]

        // The main solve: small models go straight to GLPK; from `scaledThreshold` columns
        // on, the scaled solve (heuristic incumbent, Lagrangian bound and column fixing,
        // GLPK with the incumbent through its callback).
        // Every improvement of the incumbent, in seconds since `began`, for `SolveTimes`.
        var improvements: [(seconds: Double, objective: Double)] = []
        let main: MainSolve
        if model.pairs.count >= scaledThreshold {
            let offset = (ContinuousClock.now - began).inSeconds
            let outcome = try ScaledSolve.solve(model, options: .init(timeLimit: options.timeLimit))
            improvements = outcome.trace.map { (offset + $0.seconds, $0.objective) }
            main = MainSolve(outcome, model: model)
        } else {
            // The callback only watches the incumbent; GLPK's search is the same without it.
            let solution = try Solver.solve(model.linearModel(), options: solveOptions) { search in
                if let value = search.incumbentObjective, value != improvements.last?.objective {
                    improvements.append(((ContinuousClock.now - began).inSeconds, value))
                }
            }
            main = MainSolve(solution, model: model)
        }
        let solveSeconds = (ContinuousClock.now - began).inSeconds
        let loadsWithout = loads(model, hosts: nil)
        guard let hosts = main.hosts, let objective = main.objective else {
            if main.infeasible {
                let conflicts = try diagnose(model, options: solveOptions)
                var result = AssignmentResult(
                    status: .infeasible, assignment: [], objective: nil, bestBound: nil, unconstrained: nil, bindingRules: [],
                    displaced: [], alternatives: [], alternativesRequested: options.alternatives, conflicts: conflicts, loads: loadsWithout)
                result.appliedRules = appliedRules(model, values: nil, tested: [])
                return result
            }
            var result = AssignmentResult(
                status: .noSolution(reason: main.reason), assignment: [], objective: nil,
                bestBound: main.bestBound, unconstrained: nil, bindingRules: [], displaced: [], alternatives: [],
                alternativesRequested: options.alternatives, conflicts: [],
                loads: loadsWithout, lagrangianBound: main.lagrangianBound)
            result.timeLimit = options.timeLimit
            result.appliedRules = appliedRules(model, values: nil, tested: [])
            return result
        }
        let status = main.status
        var times = SolveTimes.from(improvements: improvements, objective: objective, proven: status == .optimal, solveSeconds: solveSeconds)

        var unconstrained: Alternative?
        var binding: [BindingRule] = []
        var displaced: [Displacement] = []
        var cutShort = false
        var tested: Set<Rule> = []
        let explanationDeadline = options.explanationTimeLimit.map { ContinuousClock.now + $0 }
        // Each explaining solve gets at most the explanation's time left; nil when none is left.
        @Sendable func explaining(_ base: SolveOptions) -> SolveOptions? {
            guard let explanationDeadline else { return base }
            let left = explanationDeadline - ContinuousClock.now
            guard left > .zero else { return nil }
            var limited = base
            limited.timeLimit = min(base.timeLimit ?? left, left)
            return limited
        }
        if options.explain {
            let solveOptions = solveOptions
            let resolver = Resolver(model: model, optimum: hosts, main: main)
            let rules = model.rules
            let balanceRules = Set(rules.filter(\.isBalance))
            // The unconstrained optimum, and per rule the optimum without it and, when that
            // gains and the rule has a unit, with one unit more room: independent re-solves,
            // on every core. Job 0 is the unconstrained one; a nil answer was not run (the
            // explanation's time was up).
            let answers = try Parallel.map(rules.count + 1) { i throws(GLPKError) -> (without: Resolver.Answer, relaxed: Resolver.Answer?)? in
                if i == 0 {
                    // Without balance rules the unconstrained model is the model itself.
                    guard !balanceRules.isEmpty else { return (Resolver.Answer(hosts: hosts, objective: objective, stoppedAtLimit: false), nil) }
                    return (try resolver.solve(leavingOut: balanceRules, options: explaining(solveOptions) ?? solveOptions), nil)
                }
                let rule = rules[i - 1]
                guard let ruleOptions = explaining(solveOptions) else { return nil }
                let without = try resolver.solve(leavingOut: [rule], options: ruleOptions)
                guard rule.unit != nil, let value = without.objective, value - objective > 1e-7, let relaxOptions = explaining(solveOptions)
                else { return (without, nil) }
                return (without, try resolver.solve(relaxing: [rule: 1], options: relaxOptions))
            }
            if let free = answers[0]?.without, let freeHosts = free.hosts, let freeObjective = free.objective {
                unconstrained = alternative(model, hosts: freeHosts, objective: freeObjective, optimum: objective, optimumHosts: hosts)
            }
            var movedBy: [Int: [Rule]] = [:]
            for (rule, answer) in zip(rules, answers.dropFirst()) {
                guard let (without, relaxed) = answer else {
                    cutShort = true
                    continue
                }
                if explanationDeadline != nil, without.stoppedAtLimit {
                    cutShort = true
                } else {
                    tested.insert(rule)
                }
                guard let withoutHosts = without.hosts, let gain = without.objective.map({ $0 - objective }), gain > 1e-7 else { continue }
                for s in model.openServices where withoutHosts[s] != hosts[s] {
                    if model.objectiveCoefficient(withoutHosts[s]) > model.objectiveCoefficient(hosts[s]) + 1e-9 {
                        movedBy[s, default: []].append(rule)
                    }
                }
                if rule.unit != nil, relaxed == nil { cutShort = true }
                let marginal = relaxed?.objective.map { max(0, $0 - objective) }
                let rows = model.ruleRows.filter { $0.rule == rule }
                let bound = rows.first.flatMap { row -> Double? in
                    row.rule.unit == nil ? nil : (row.rule.isMinimum ? row.bounds.lower : row.bounds.upper)
                }
                let activity = rows.first.flatMap { row -> Double? in
                    row.rule.unit == nil ? nil : row.terms.reduce(0) { $0 + $1.value * main.columnValues[$1.column] }
                }
                binding.append(BindingRule(rule: rule, bound: bound, activity: activity, gainIfRemoved: gain, marginalValue: marginal))
            }
            // Services not at their best-valued municipality; for those no single rule moves,
            // the smallest set of rules that does (again independent, on every core).
            let candidates = model.openServices.compactMap { s -> (s: Int, host: Municipality.ID, best: Municipality.ID)? in
                let service = portfolio.services[s]
                let host = model.pairs[hosts[s]].municipality
                guard let best = service.eligible.first, (service.values[best] ?? 0) > (service.values[host] ?? 0) + 1e-9 else {
                    return nil
                }
                return (s, host, best)
            }
            let moved = movedBy
            let together = try Parallel.map(candidates.count) { i throws(GLPKError) -> [Rule]? in
                let candidate = candidates[i]
                guard moved[candidate.s] == nil else { return [] }
                guard let jointOptions = explaining(solveOptions) else { return nil }
                return try jointlyMoving(candidate.s, host: candidate.host, best: candidate.best, resolver: resolver, options: jointOptions)
            }
            for (candidate, rules) in zip(candidates, together) {
                if rules == nil { cutShort = true }
                displaced.append(
                    Displacement(
                        service: portfolio.services[candidate.s].id, host: candidate.host, best: candidate.best,
                        movedBy: movedBy[candidate.s] ?? [], movedByTogether: rules ?? []))
            }
            times.explanationSeconds = (ContinuousClock.now - began).inSeconds - solveSeconds
            times.explanationSolves = resolver.solves
        }

        var alternatives: [Alternative] = []
        if options.alternatives > 0, !model.openServices.isEmpty {
            var excluded = [hosts]
            for _ in 0..<options.alternatives {
                let next = try Solver.solve(model.linearModel(excluding: excluded), options: solveOptions)
                guard next.hasFeasiblePoint, let value = next.objectiveValue else { break }
                let nextHosts = model.hosts(in: next.columnValues)
                alternatives.append(alternative(model, hosts: nextHosts, objective: value, optimum: objective, optimumHosts: hosts))
                excluded.append(nextHosts)
            }
        }
        return AssignmentResult(
            status: status, assignment: assignment(model, hosts: hosts), objective: objective, bestBound: main.bestBound,
            unconstrained: unconstrained, bindingRules: binding, displaced: displaced, alternatives: alternatives,
            alternativesRequested: options.alternatives, conflicts: [],
            loads: loads(model, hosts: hosts), lagrangianBound: main.lagrangianBound, explanationCutShort: cutShort,
            appliedRules: appliedRules(model, values: main.columnValues, tested: tested), solveTimes: times)
    }

    /// Every rule of `model` with its bound and, given a solution's column `values`, the
    /// hosted FTE or services against it; `tested` are the rules the explanation re-solved
    /// without.
    static func appliedRules(_ model: AssignmentModel, values: [Double]?, tested: Set<Rule>) -> [AppliedRule] {
        model.rules.map { rule in
            let row = model.ruleRows.first { $0.rule == rule }
            var bound: Double?
            var activity: Double?
            if let row, rule.unit != nil {
                bound = rule.isMinimum ? row.bounds.lower : row.bounds.upper
                activity = values.map { values in row.terms.reduce(0) { $0 + $1.value * values[$1.column] } }
            }
            return AppliedRule(rule: rule, bound: bound, activity: activity, tested: tested.contains(rule))
        }
    }

    /// From how many columns (service × eligible municipality pairs) `optimize` uses
    /// ``ScaledSolve`` for the main solve; smaller models are solved by GLPK directly, which
    /// takes milliseconds there.
    public static let scaledThreshold = 200

    /// The solver and its version, for reports: "GLPK 5.0".
    public static var solverVersion: String { "GLPK " + GLPK.version }

    /// The GLPK model of `portfolio` exactly as `optimize` solves it, for export.
    package static func linearModel(of portfolio: Portfolio) -> LinearModel {
        AssignmentModel(portfolio).linearModel()
    }

    /// The model as a CPLEX LP file: `Maximize`, the objective in points, so that any
    /// solver's optimum equals `objective`.
    public static func cplexLP(of portfolio: Portfolio) throws(OptimizerError) -> String {
        do { return try linearModel(of: portfolio).cplexLP() } catch { throw OptimizerError(error) }
    }

    /// The model as a free MPS file with an `OBJSENSE MAX` section (read by CPLEX, HiGHS,
    /// CBC and SCIP; glpsol does not read OBJSENSE: delete those two lines and run
    /// `glpsol --freemps FILE --max`).
    public static func freeMPS(of portfolio: Portfolio) throws(OptimizerError) -> String {
        do { return try linearModel(of: portfolio).freeMPS(objectiveSense: .section) } catch { throw OptimizerError(error) }
    }

    // MARK: Parts

    /// When no single rule moves service `s` away from its best municipality: the smallest
    /// set of the rules that can be responsible (lower limits at its host, upper limits at
    /// its best municipality, and pair rules that name it) whose joint removal lets it move.
    static func jointlyMoving(
        _ s: Int, host: Municipality.ID, best: Municipality.ID, resolver: Resolver, options: SolveOptions
    ) throws(GLPKError) -> [Rule] {
        let model = resolver.model
        let hosts = resolver.optimum
        let id = model.portfolio.services[s].id
        let suspects = model.rules.filter { rule in
            switch rule {
            case .balanceMinimum(let m), .fteMinimum(let m), .countMinimum(let m): m == host
            case .balanceMaximum(let m), .fteMaximum(let m), .countMaximum(let m): m == best
            case let .together(a, b), let .apart(a, b): a == id || b == id
            }
        }
        func moves(_ removed: Set<Rule>) throws(GLPKError) -> Bool {
            guard let column = try resolver.solve(leavingOut: removed, options: options).hosts?[s] else { return false }
            return model.objectiveCoefficient(column) > model.objectiveCoefficient(hosts[s]) + 1e-9
        }
        guard suspects.count > 1, try moves(Set(suspects)) else { return [] }
        // The smallest subset: pairs first, then the whole set (suspects are few).
        for (i, a) in suspects.enumerated() {
            for b in suspects[(i + 1)...] where try moves([a, b]) {
                return [a, b]
            }
        }
        return suspects
    }

    static func assignment(_ model: AssignmentModel, hosts: [Int]) -> [ServiceAssignment] {
        model.portfolio.services.enumerated().map { s, service in
            let host = model.pairs[hosts[s]].municipality
            let others = service.eligible.filter { $0 != host }
            let runnerUp = service.decidedHost == nil ? others.first : nil
            let best = service.eligible.first ?? host
            return ServiceAssignment(
                service: service.id, host: host, value: service.values[host] ?? 0, decided: service.decidedHost != nil,
                runnerUp: runnerUp, runnerUpValue: runnerUp.flatMap { service.values[$0] }, best: best,
                bestValue: service.values[best] ?? 0)
        }
    }

    static func alternative(_ model: AssignmentModel, hosts: [Int], objective: Double, optimum: Double, optimumHosts: [Int]) -> Alternative {
        let changes = model.portfolio.services.indices.compactMap { s -> Alternative.Change? in
            guard hosts[s] != optimumHosts[s] else { return nil }
            return Alternative.Change(
                service: model.portfolio.services[s].id, from: model.pairs[optimumHosts[s]].municipality,
                to: model.pairs[hosts[s]].municipality)
        }
        return Alternative(
            objective: objective, loss: optimum - objective, hosts: hosts.map { model.pairs[$0].municipality }, changes: changes)
    }

    static func loads(_ model: AssignmentModel, hosts: [Int]?) -> [MunicipalityLoad] {
        let region = model.portfolio.region
        return region.municipalities.map { municipality in
            var fte = 0.0
            var count = 0
            if let hosts {
                for (s, column) in hosts.enumerated() where model.pairs[column].municipality == municipality.id {
                    fte += model.portfolio.services[s].fte(at: municipality.id)
                    count += 1
                }
            }
            let band = model.targets[municipality.id]
            return MunicipalityLoad(
                municipality: municipality.id, fte: fte, services: count, populationShare: region.populationShare(of: municipality.id),
                target: band?.target, lower: band?.lower, upper: band?.upper)
        }
    }
}
