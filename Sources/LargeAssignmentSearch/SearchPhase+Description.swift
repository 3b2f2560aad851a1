extension SearchPhase: CustomStringConvertible {
    /// One line for benchmark notes: "lagrangian (412 iterations)".
    package var description: String {
        switch self {
        case .construction:
            "construction"
        case let .lagrangian(iterations):
            "lagrangian (\(iterations) iterations)"
        case .iteratedLocalSearch:
            "iterated local search"
        case let .fixingPass(pass, columns, bound):
            "fixing pass \(pass): \(columns) columns, bound \(bound)"
        case let .core(columns, before, after, optimal, phases):
            "core of \(columns) columns: \(before) → \(after), \(optimal ? "optimal in the core" : "not proven in the core") "
                + "[\(phases.map(\.description).joined(separator: " / "))]"
        case let .boundClimb(bound, decision, milliseconds):
            switch decision {
            case .reached: "bound climb: \(bound) reached (\(milliseconds) ms)"
            case .noneReaches: "bound climb: none reaches \(bound) (\(milliseconds) ms)"
            case .undecided: "bound climb: \(bound) undecided (\(milliseconds) ms)"
            }
        case let .patterns(decision):
            switch decision {
            case .reached: "patterns: better"
            case .noneReaches: "patterns: none better"
            case .undecided: "patterns: undecided"
            }
        case let .neighbourhoods(decidedBy):
            "neighbourhoods decided by " + decidedBy.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        case let .neighbourhoodSearch(rounds):
            "neighbourhood search (\(rounds) rounds)"
        }
    }
}

extension PhaseEnd: CustomStringConvertible {
    /// The phase and its end: "construction 3 ms".
    package var description: String { "\(phase) \(milliseconds) ms" }
}
