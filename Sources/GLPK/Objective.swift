/// The direction of optimisation: whether the objective is to be made as small or as large as possible.
public enum Objective: String, Sendable, Hashable, Codable, CaseIterable {
    /// Make the objective as small as possible.
    case minimize
    /// Make the objective as large as possible.
    case maximize
}
