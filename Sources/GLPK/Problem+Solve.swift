import CGLPK

extension Problem {
    /// Solves the LP (or the LP relaxation) with the simplex method and copies the result out.
    ///
    /// Without the presolver, the simplex method starts from the problem's current basis (a
    /// warm start after a previous solve); if GLPK finds that basis invalid or singular, it is
    /// replaced by an advanced initial basis and the solve is repeated once.
    func solveRelaxation(_ options: SolveOptions, log: TerminalLog) -> Solution {
        let code = log.capture {
            simplex(options, presolve: options.presolve, timeLimit: options.timeLimitMilliseconds)
        }
        let (termination, primal) = ReturnCode.simplexOutcome(
            code: code, primal: glp_get_prim_stat(handle), dual: glp_get_dual_stat(handle))
        var solution = Solution(termination: termination, primalStatus: primal, method: .simplex)
        if primal != .noSolution {
            solution.objectiveValue = glp_get_obj_val(handle)
            solution.columnValues = (0..<columnCount).map { glp_get_col_prim(handle, Int32($0 + 1)) }
            solution.rowActivities = (0..<rowCount).map { glp_get_row_prim(handle, Int32($0 + 1)) }
        }
        if termination == .optimal {
            solution.rowDuals = (0..<rowCount).map { glp_get_row_dual(handle, Int32($0 + 1)) }
            solution.reducedCosts = (0..<columnCount).map { glp_get_col_dual(handle, Int32($0 + 1)) }
        }
        solution.log = log.text
        return solution
    }

    /// Solves the MIP with branch-and-cut and copies the result out.
    ///
    /// Without the presolver, the root LP relaxation is solved first with ``simplex(_:presolve:timeLimit:)``
    /// (GLPK requires an optimal basis); an infeasible or unbounded relaxation ends the solve there.
    func solveMIP(_ options: SolveOptions, context: MIPCallbackContext, log: TerminalLog) -> Solution {
        let clock = ContinuousClock()
        let start = clock.now
        if !options.presolve {
            let code = log.capture { simplex(options, presolve: false, timeLimit: options.timeLimitMilliseconds) }
            let (termination, _) = ReturnCode.simplexOutcome(
                code: code, primal: glp_get_prim_stat(handle), dual: glp_get_dual_stat(handle))
            guard termination == .optimal else {
                return Solution(
                    termination: ReturnCode.rootRelaxationOutcome(termination), primalStatus: .noSolution,
                    method: .branchAndCut, log: log.text)
            }
        }
        var remaining = options.timeLimitMilliseconds
        if let limit = remaining {
            let (seconds, attoseconds) = (clock.now - start).components
            let elapsed = seconds * 1000 + attoseconds / 1_000_000_000_000_000
            remaining = Int32(clamping: max(1, Int64(limit) - elapsed))
        }
        let code = log.capture { branchAndCut(options, timeLimit: remaining, context: context) }
        let (termination, primal) = ReturnCode.branchAndCutOutcome(code: code, status: glp_mip_status(handle))
        var solution = Solution(termination: termination, primalStatus: primal, method: .branchAndCut)
        if primal == .feasiblePoint {
            let objective = glp_mip_obj_val(handle)
            solution.objectiveValue = objective
            solution.columnValues = (0..<columnCount).map { glp_mip_col_val(handle, Int32($0 + 1)) }
            solution.rowActivities = (0..<rowCount).map { glp_mip_row_val(handle, Int32($0 + 1)) }
            if termination == .optimal, code == 0 {
                solution.bestBound = objective
                solution.relativeGap = 0
            } else if let bound = context.lastBound {
                solution.bestBound = bound
                solution.relativeGap = Swift.abs(objective - bound) / (Swift.abs(objective) + Double.ulpOfOne)
            }
        } else if termination == .timeLimit || termination == .stopped {
            solution.bestBound = context.lastBound
        }
        solution.log = log.text
        return solution
    }

    private func simplex(_ options: SolveOptions, presolve: Bool, timeLimit: Int32?) -> Int32 {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = options.logLevel.glpk
        parameters.meth = options.simplexMethod.glpk
        parameters.presolve = presolve ? GLP_ON : GLP_OFF
        if let timeLimit { parameters.tm_lim = timeLimit }
        var code = glp_simplex(handle, &parameters)
        if !presolve, code == GLP_EBADB || code == GLP_ESING || code == GLP_ECOND {
            glp_adv_basis(handle, 0)
            code = glp_simplex(handle, &parameters)
        }
        return code
    }

    private func branchAndCut(_ options: SolveOptions, timeLimit: Int32?, context: MIPCallbackContext) -> Int32 {
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = options.logLevel.glpk
        parameters.br_tech = options.branching.glpk
        parameters.bt_tech = options.backtracking.glpk
        if let timeLimit { parameters.tm_lim = timeLimit }
        parameters.mip_gap = options.relativeMIPGap
        parameters.gmi_cuts = options.cuts.contains(.gomory) ? GLP_ON : GLP_OFF
        parameters.mir_cuts = options.cuts.contains(.mixedIntegerRounding) ? GLP_ON : GLP_OFF
        parameters.cov_cuts = options.cuts.contains(.cover) ? GLP_ON : GLP_OFF
        parameters.clq_cuts = options.cuts.contains(.clique) ? GLP_ON : GLP_OFF
        parameters.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
        parameters.presolve = options.presolve ? GLP_ON : GLP_OFF
        parameters.cb_func = mipCallback
        return withExtendedLifetime(context) {
            parameters.cb_info = Unmanaged.passUnretained(context).toOpaque()
            return glp_intopt(handle, &parameters)
        }
    }
}

extension SolveOptions.LogLevel {
    var glpk: Int32 {
        switch self {
        case .off: GLP_MSG_OFF
        case .errorsOnly: GLP_MSG_ERR
        case .normal: GLP_MSG_ON
        case .all: GLP_MSG_ALL
        }
    }
}

extension SolveOptions.SimplexMethod {
    var glpk: Int32 {
        switch self {
        case .primal: GLP_PRIMAL
        case .dualThenPrimal: GLP_DUALP
        case .dual: GLP_DUAL
        }
    }
}

extension SolveOptions.Branching {
    var glpk: Int32 {
        switch self {
        case .firstFractional: GLP_BR_FFV
        case .lastFractional: GLP_BR_LFV
        case .mostFractional: GLP_BR_MFV
        case .driebeckTomlin: GLP_BR_DTH
        case .pseudoCost: GLP_BR_PCH
        }
    }
}

extension SolveOptions.Backtracking {
    var glpk: Int32 {
        switch self {
        case .depthFirst: GLP_BT_DFS
        case .breadthFirst: GLP_BT_BFS
        case .bestLocalBound: GLP_BT_BLB
        case .bestProjection: GLP_BT_BPH
        }
    }
}
