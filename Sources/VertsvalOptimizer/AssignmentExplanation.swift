public import Vertsval

/// The optimisation result in words; every number comes from an `AssignmentResult`.
public struct AssignmentExplanation: Sendable {
    /// What the optimum is and what balance costs.
    public var summary: [String]
    /// One sentence per binding rule: what it is, what removing it gains, and what one more
    /// unit of room is worth.
    public var bindingRules: [String]
    /// One sentence per service not at its best-valued municipality.
    public var displaced: [String]
    /// The alternatives.
    public var alternatives: [String]
    /// When infeasible: the conflicting rules and the least change.
    public var conflicts: [String]

    /// Writes the explanation of `result` for `portfolio` in `language`; `switchedOff`
    /// names the rules a what-if run left out and what every rule gives.
    public init(_ result: AssignmentResult, portfolio: Portfolio, language: Language, switchedOff: SwitchedOffRules? = nil) {
        let words = RuleWording(portfolio: portfolio, language: language)
        let t = Phrasebook(language)
        let n = NumberFormat(language)
        func points(_ value: Double) -> String { n.format(value, decimals: 1) }
        func text(_ key: AssignmentExplanationText) -> String { key.text(in: language) }

        var summary: [String] = []
        switch result.status {
        case .optimal, .feasible:
            if let objective = result.objective {
                let open = result.assignment.filter { !$0.decided }.count
                if let switchedOff {
                    summary.append(
                        text(
                            .someRulesOffBest(
                                rules: t.list(switchedOff.rules), objective: points(objective), open: open, count: result.assignment.count)))
                    summary.append(Self.withAllRules(switchedOff.withAllRules, comparedTo: result, words: words, t: t, points: points))
                } else {
                    summary.append(
                        text(.bestKeepingAllRules(objective: points(objective), open: open, count: result.assignment.count)))
                }
            }
            if case let .feasible(gap) = result.status {
                summary.append(
                    text(.timeLimitGap(gap: n.percent(100 * (gap ?? 1)))))
            }
            if result.explanationCutShort {
                summary.append(
                    text(.explanationCutShort))
            }
            if let price = result.priceOfBalance, let free = result.unconstrained {
                if price < 0.05 {
                    summary.append(
                        text(.balanceCostsNothing(unconstrained: points(free.objective))))
                } else {
                    let percent = free.objective > 0 ? 100 * price / free.objective : 0
                    summary.append(
                        text(.balanceCosts(unconstrained: points(free.objective), price: points(price), percent: n.percent(percent))))
                    let moves = free.changes.map { change in
                        text(
                            .move(
                                service: words.service(change.service), host: words.municipality(change.to), instead: words.municipality(change.from))
                        )
                    }
                    if !moves.isEmpty {
                        summary.append(
                            text(.wouldMovePrefix) + t.list(moves) + ".")
                    }
                }
            }
        case .infeasible:
            summary.append(
                switchedOff == nil
                    ? text(.infeasible)
                    : text(.infeasibleWithRulesOff))
        case let .noSolution(reason):
            if reason == .timeLimit, let limit = result.timeLimit {
                summary.append(text(.noSolutionInTime(seconds: n.format(limit.inSeconds, decimals: 0))))
            } else {
                summary.append(text(.noSolutionStopped))
            }
        }
        self.summary = summary

        self.bindingRules = result.bindingRules.map { binding in
            var sentence = text(.binds(rule: words.capitalized(words.rule(binding.rule)), gain: points(binding.gainIfRemoved)))
            if let marginal = binding.marginalValue, let unit = binding.rule.unit {
                let room = words.room(binding.rule, unit: unit)
                sentence +=
                    " "
                    + (marginal < 0.05
                        ? text(.roomChangesNothing(room: words.capitalized(room)))
                        : text(.roomWorth(room: words.capitalized(room), marginal: points(marginal))))
            }
            return sentence
        }

        self.displaced = result.displaced.map { displacement in
            let service = words.service(displacement.service)
            let value = { (m: Municipality.ID) in points(portfolio.service(displacement.service)?.values[m] ?? 0) }
            let start = text(
                .displaced(
                    service: words.capitalized(service), host: words.municipality(displacement.host), hostValue: value(displacement.host),
                    best: words.municipality(displacement.best), bestValue: value(displacement.best)))
            if displacement.movedBy.isEmpty, !displacement.movedByTogether.isEmpty {
                let rules = t.list(displacement.movedByTogether.map(words.rule))
                return start + " " + text(.movedByRulesTogether(rules: rules))
            }
            if displacement.movedBy.isEmpty {
                return start + " " + text(.movedBySum)
            }
            return start + " " + text(.movedBy(rules: t.list(displacement.movedBy.map(words.rule)), single: displacement.movedBy.count == 1))
        }

        var alternatives = result.alternatives.enumerated().map { index, alternative in
            let moves = alternative.changes.map { change in
                "\(words.service(change.service)) → \(words.municipality(change.to))"
            }
            return text(.alternativePrefix(number: index + 1, objective: points(alternative.objective), loss: points(alternative.loss)))
                + moves.joined(separator: ", ") + "."
        }
        if result.alternativesRequested > result.alternatives.count, result.objective != nil {
            let count = result.alternatives.count
            alternatives.append(
                text(count == 0 ? .noOtherAssignment : .noFurtherAssignment))
        }
        self.alternatives = alternatives

        self.conflicts = result.conflicts.map { conflict in
            let amount: String
            switch conflict.rule.unit {
            case .fte?:
                amount = text(.fteAmount(amount: n.format(conflict.shortfall, decimals: 1)))
            case .services?:
                amount = text(.servicesAmount(amount: n.format(conflict.shortfall, decimals: 0)))
            case nil:
                amount = text(.municipalitiesAmount(amount: n.format(conflict.shortfall, decimals: 0)))
            }
            return text(.mustGive(rule: words.capitalized(words.rule(conflict.rule)), amount: amount))
        }
    }
}

extension AssignmentExplanation {
    /// What every rule of the portfolio gives, next to a run with some switched off: the
    /// objective and the services that would get another host, or that no assignment
    /// keeps them all.
    static func withAllRules(
        _ full: AssignmentResult, comparedTo result: AssignmentResult, words: RuleWording, t: Phrasebook, points: (Double) -> String
    ) -> String {
        func text(_ key: AssignmentExplanationText) -> String { key.text(in: t.language) }
        guard let objective = full.objective else {
            return full.status == .infeasible
                ? text(.allRulesInfeasible)
                : text(.allRulesNoSolution)
        }
        let moves = result.assignment.compactMap { item -> String? in
            guard let other = full.host(of: item.service), other != item.host else { return nil }
            return text(.move(service: words.service(item.service), host: words.municipality(other), instead: words.municipality(item.host)))
        }
        guard !moves.isEmpty else {
            return text(.allRulesSame(objective: points(objective)))
        }
        return text(.allRulesMovesPrefix(objective: points(objective))) + t.list(moves) + "."
    }
}
