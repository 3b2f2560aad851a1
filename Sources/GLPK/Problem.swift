import CGLPK

/// The one owner of a GLPK problem object (`glp_prob *`); with its extensions, the only code
/// that calls `glp_*` functions.
///
/// ## 1-based arrays
/// GLPK numbers rows and columns from 1, and reads its array arguments (`ia`, `ja`, `ar` of
/// `glp_load_matrix`, `ind` and `val` of `glp_set_mat_row`, `num` of `glp_del_rows`, `x` of
/// `glp_ios_heur_sol`) from element 1: element 0 is padding that GLPK never reads. This layer
/// takes 0-based Swift indices, adds 1, and passes arrays with a leading `0` element; nothing
/// outside it sees a 1-based index.
///
/// ## Preconditions
/// GLPK aborts the process on an index out of range, a duplicate matrix entry, an invalid
/// bound type or a bad name, so every method here assumes input that ``LinearModel`` has
/// validated; the preconditions only catch bugs in this module.
///
/// ## Threads
/// GLPK keeps its environment per thread: a problem must be created, used and deleted on the
/// same thread. The class is not `Sendable`, and ``Solver`` checks the thread on every call.
final class Problem {
    let handle: OpaquePointer

    /// Creates an empty problem and silences GLPK's terminal output on this thread.
    init() {
        TerminalLog.silenceThisThread()
        handle = glp_create_prob()
    }

    deinit {
        glp_delete_prob(handle)
    }

    /// Loads a validated model into this (empty) problem.
    ///
    /// - Complexity: O(columns + rows + non-zeros).
    func load(_ model: LinearModel) {
        precondition(glp_get_num_rows(handle) == 0 && glp_get_num_cols(handle) == 0, "load into an empty problem only")
        if !model.name.isEmpty { glp_set_prob_name(handle, model.name) }
        glp_set_obj_name(handle, "obj")
        setObjective(model.objective)
        setObjectiveConstant(model.objectiveConstant)
        if !model.columns.isEmpty {
            glp_add_cols(handle, Int32(model.columns.count))
            for (index, column) in model.columns.enumerated() {
                let j = Int32(index + 1)
                glp_set_col_name(handle, j, column.name)
                glp_set_col_kind(handle, j, column.isInteger ? GLP_IV : GLP_CV)
                setBounds(column.bounds, ofColumn: index)
                glp_set_obj_coef(handle, j, column.objectiveCoefficient)
            }
        }
        if !model.rows.isEmpty {
            glp_add_rows(handle, Int32(model.rows.count))
            for (index, row) in model.rows.enumerated() {
                glp_set_row_name(handle, Int32(index + 1), row.name)
                setBounds(row.bounds, ofRow: index)
            }
        }
        // Element 0 of each array is GLPK's unused padding.
        var ia: [Int32] = [0]
        var ja: [Int32] = [0]
        var ar: [Double] = [0]
        for (index, row) in model.rows.enumerated() {
            for term in row.terms where term.coefficient != 0 {
                ia.append(Int32(index + 1))
                ja.append(Int32(term.column + 1))
                ar.append(term.coefficient)
            }
        }
        glp_load_matrix(handle, Int32(ar.count - 1), ia, ja, ar)
    }

    var rowCount: Int { Int(glp_get_num_rows(handle)) }
    var columnCount: Int { Int(glp_get_num_cols(handle)) }

    func setObjective(_ objective: Objective) {
        glp_set_obj_dir(handle, objective == .minimize ? GLP_MIN : GLP_MAX)
    }

    func setObjectiveConstant(_ value: Double) {
        glp_set_obj_coef(handle, 0, value)
    }

    func setObjectiveCoefficient(_ value: Double, ofColumn column: Int) {
        precondition((0..<columnCount).contains(column))
        glp_set_obj_coef(handle, Int32(column + 1), value)
    }

    func setBounds(_ bounds: Bounds, ofColumn column: Int) {
        precondition((0..<columnCount).contains(column))
        let (type, lower, upper) = bounds.glpk
        glp_set_col_bnds(handle, Int32(column + 1), type, lower, upper)
    }

    func setBounds(_ bounds: Bounds, ofRow row: Int) {
        precondition((0..<rowCount).contains(row))
        let (type, lower, upper) = bounds.glpk
        glp_set_row_bnds(handle, Int32(row + 1), type, lower, upper)
    }

    /// Appends a validated row.
    func addRow(_ row: Row) {
        let i = glp_add_rows(handle, 1)
        glp_set_row_name(handle, i, row.name)
        setBounds(row.bounds, ofRow: Int(i) - 1)
        var ind: [Int32] = [0]
        var val: [Double] = [0]
        for term in row.terms where term.coefficient != 0 {
            precondition((0..<columnCount).contains(term.column))
            ind.append(Int32(term.column + 1))
            val.append(term.coefficient)
        }
        glp_set_mat_row(handle, i, Int32(val.count - 1), ind, val)
    }

    /// Deletes rows given by distinct, valid 0-based indices.
    func deleteRows(_ rows: [Int]) {
        guard !rows.isEmpty else { return }
        precondition(Set(rows).count == rows.count && rows.allSatisfy { (0..<rowCount).contains($0) })
        let num: [Int32] = [0] + rows.sorted().map { Int32($0 + 1) }
        glp_del_rows(handle, Int32(rows.count), num)
    }
}

extension Bounds {
    /// GLPK's bound type and endpoints: an infinite side means no bound, equal sides mean fixed.
    var glpk: (type: Int32, lower: Double, upper: Double) {
        let lower = self.lower
        let upper = self.upper
        switch (lower == -.infinity, upper == .infinity) {
        case (true, true): return (GLP_FR, 0, 0)
        case (false, true): return (GLP_LO, lower, 0)
        case (true, false): return (GLP_UP, 0, upper)
        case (false, false): return (lower == upper ? GLP_FX : GLP_DB, lower, upper)
        }
    }
}
