import CGLPK

/// The moments in GLPK's branch-and-cut search at which a MIP callback runs.
public enum MIPEvent: String, Sendable, Hashable, Codable, CaseIterable {
    /// The LP relaxation of the current node is solved and not integral: the callback may
    /// propose an integer solution (GLPK's `GLP_IHEUR`).
    case heuristic
    /// A node's LP relaxation was integral and better than the incumbent (`GLP_IBINGO`).
    /// Incumbents found by GLPK's own heuristics or by ``MIPSearch/proposeSolution(_:)`` do
    /// not raise this event.
    case improvedIncumbent
    /// GLPK is about to choose the next node (`GLP_ISELECT`).
    case nodeSelection

    init?(reason: Int32) {
        switch reason {
        case GLP_IHEUR: self = .heuristic
        case GLP_IBINGO: self = .improvedIncumbent
        case GLP_ISELECT: self = .nodeSelection
        default: return nil
        }
    }
}

/// What happened to a solution proposed with ``MIPSearch/proposeSolution(_:)``.
public enum ProposalOutcome: Sendable, Hashable {
    /// GLPK took it as the new incumbent.
    case accepted
    /// It is feasible but not better than the incumbent, so GLPK kept the incumbent.
    case notBetter
    /// It was not passed to GLPK, for the given reason.
    case rejected(GLPKError)
}

/// A view of GLPK's branch-and-cut search, valid only during one MIP callback.
///
/// The callback receives it borrowed and cannot keep it. Values are 0-based and in the
/// model's own terms (the callback requires the presolver to be off, so GLPK works on the
/// original problem). Nothing here throws or traps: a bad proposal comes back as
/// ``ProposalOutcome/rejected(_:)``.
///
/// ```swift
/// let solution = try Solver.solve(model) { search in
///     if search.event == .heuristic, let x = search.relaxationValues {
///         _ = search.proposeSolution(repair(x))
///     }
///     if let bound = search.bestBound, let best = search.incumbentObjective, best - bound < 1e-6 {
///         search.terminate()
///     }
/// }
/// ```
public struct MIPSearch: ~Copyable {
    let tree: OpaquePointer
    let context: MIPCallbackContext
    /// Why the callback was called.
    public let event: MIPEvent

    private var problem: OpaquePointer { glp_ios_get_prob(tree) }

    /// The column values of the current node's LP relaxation; `nil` when there is no current node.
    ///
    /// - Complexity: O(columns).
    public var relaxationValues: [Double]? {
        guard glp_ios_curr_node(tree) != 0 else { return nil }
        let problem = self.problem
        return (0..<Int(glp_get_num_cols(problem))).map { glp_get_col_prim(problem, Int32($0 + 1)) }
    }

    /// The objective value of the current node's LP relaxation; `nil` when there is no current node.
    public var relaxationObjective: Double? {
        guard glp_ios_curr_node(tree) != 0 else { return nil }
        return glp_get_obj_val(problem)
    }

    /// The best bound over all active nodes (a lower bound when minimising); `nil` when unknown.
    public var bestBound: Double? { context.currentBound(tree) }

    /// The objective value of the best integer solution so far; `nil` when there is none.
    public var incumbentObjective: Double? {
        hasIncumbent ? glp_mip_obj_val(problem) : nil
    }

    /// The column values of the best integer solution so far; `nil` when there is none.
    ///
    /// - Complexity: O(columns).
    public var incumbentValues: [Double]? {
        guard hasIncumbent else { return nil }
        let problem = self.problem
        return (0..<Int(glp_get_num_cols(problem))).map { glp_mip_col_val(problem, Int32($0 + 1)) }
    }

    /// GLPK's relative gap between incumbent and best bound; `nil` without an incumbent.
    public var relativeGap: Double? {
        guard hasIncumbent else { return nil }
        let gap = glp_ios_mip_gap(tree)
        return gap < Double.greatestFiniteMagnitude ? gap : nil
    }

    private var hasIncumbent: Bool {
        let status = glp_mip_status(problem)
        return status == GLP_FEAS || status == GLP_OPT
    }

    /// Offers an integer solution (one value per column) found by a heuristic.
    ///
    /// GLPK itself checks only integrality and the objective, not the constraints, so the
    /// values are first checked here against the model's column bounds, integrality and rows
    /// (tolerance 1e-6, relative above 1); integer values are rounded before they are passed
    /// on. Allowed only at ``MIPEvent/heuristic``.
    ///
    /// - Returns: whether GLPK accepted it, or why it was rejected.
    /// - Complexity: O(columns + non-zeros).
    public func proposeSolution(_ values: [Double]) -> ProposalOutcome {
        guard event == .heuristic else { return .rejected(.proposalNotAllowed(event: event)) }
        let checked: [Double]
        switch context.model.checkedPoint(values) {
        case .success(let point): checked = point
        case .failure(let error): return .rejected(error)
        }
        let padded = [0] + checked  // element 0 is GLPK's unused padding
        return glp_ios_heur_sol(tree, padded) == 0 ? .accepted : .notBetter
    }

    /// Asks GLPK to stop the search; the solve then ends with ``TerminationStatus/stopped``.
    public func terminate() {
        context.terminationRequested = true
        glp_ios_terminate(tree)
    }
}

/// Per-solve state reached from GLPK's callback through `info`.
final class MIPCallbackContext {
    let model: LinearModel
    let handler: ((borrowing MIPSearch) -> Void)?
    /// The best bound seen at the last callback, in the model's objective sense.
    private(set) var lastBound: Double?
    var terminationRequested = false

    init(model: LinearModel, handler: ((borrowing MIPSearch) -> Void)?) {
        self.model = model
        self.handler = handler
    }

    func currentBound(_ tree: OpaquePointer) -> Double? {
        let node = glp_ios_best_node(tree)
        guard node != 0 else { return nil }
        let bound = glp_ios_node_bound(tree, node)
        return Swift.abs(bound) < Double.greatestFiniteMagnitude ? bound : nil
    }

    func handle(_ tree: OpaquePointer) {
        if let bound = currentBound(tree) { lastBound = bound }
        guard let handler, let event = MIPEvent(reason: glp_ios_reason(tree)) else { return }
        handler(MIPSearch(tree: tree, context: self, event: event))
    }
}

/// GLPK's MIP callback: forwards to the ``MIPCallbackContext`` passed as `info`.
///
/// Never throws or traps.
let mipCallback: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { tree, info in
    guard let tree, let info else { return }
    Unmanaged<MIPCallbackContext>.fromOpaque(info).takeUnretainedValue().handle(tree)
}

extension LinearModel {
    /// Checks a proposed point and returns it with integer columns rounded, or the first problem.
    ///
    /// - Complexity: O(columns + non-zeros).
    func checkedPoint(_ values: [Double], tolerance: Double = 1e-6) -> Result<[Double], GLPKError> {
        guard values.count == columns.count else {
            return .failure(.wrongValueCount(expected: columns.count, found: values.count))
        }
        var point = values
        for (index, column) in columns.enumerated() {
            let element = ModelElement.column(index, name: column.name)
            let value = values[index]
            guard value.isFinite else { return .failure(.nonFiniteValue(element, value: value)) }
            if column.isInteger {
                let rounded = value.rounded()
                guard Swift.abs(value - rounded) <= tolerance else {
                    return .failure(.notIntegral(element, value: value))
                }
                point[index] = rounded
            }
            guard column.bounds.contains(point[index], tolerance: tolerance) else {
                return .failure(.outsideBounds(element, value: value, bounds: column.bounds))
            }
        }
        for (index, row) in rows.enumerated() {
            let activity = row.activity(point)
            guard row.bounds.contains(activity, tolerance: tolerance) else {
                return .failure(.outsideBounds(.row(index, name: row.name), value: activity, bounds: row.bounds))
            }
        }
        return .success(point)
    }
}
