import CGLPK

/// Maps GLPK's return codes and solution statuses to ``TerminationStatus`` and ``PrimalStatus``.
///
/// Both the return code of `glp_simplex`/`glp_intopt` and the status stored in the problem
/// are read, because neither alone tells the whole story (for example, with the MIP presolver
/// an infeasible model gives return code `GLP_ENOPFS`, without it return code 0 and status
/// `GLP_NOFEAS`). Unknown combinations become ``TerminationStatus/solverFailure(code:message:)``.
enum ReturnCode {
    /// The outcome of `glp_simplex` from its return code and the primal and dual statuses.
    static func simplexOutcome(code: Int32, primal: Int32, dual: Int32) -> (TerminationStatus, PrimalStatus) {
        switch code {
        case 0:
            switch (primal, dual) {
            case (GLP_FEAS, GLP_FEAS): return (.optimal, .feasiblePoint)
            case (GLP_FEAS, GLP_NOFEAS): return (.unbounded, .feasiblePoint)
            case (GLP_NOFEAS, _): return (.infeasible, .noSolution)
            case (GLP_INFEAS, GLP_NOFEAS): return (.infeasibleOrUnbounded, .noSolution)
            default:
                let message =
                    "the simplex method ended with primal status \(statusName(primal)) and dual status \(statusName(dual))"
                return (.solverFailure(code: 0, message: message), primalStatus(fromSimplex: primal))
            }
        case GLP_ENOPFS: return (.infeasible, .noSolution)
        case GLP_ENODFS: return (.infeasibleOrUnbounded, .noSolution)
        case GLP_ETMLIM: return (.timeLimit, primalStatus(fromSimplex: primal))
        default:
            return (.solverFailure(code: Int(code), message: message(for: code)), primalStatus(fromSimplex: primal))
        }
    }

    /// The outcome of `glp_intopt` from its return code and `glp_mip_status`.
    static func branchAndCutOutcome(code: Int32, status: Int32) -> (TerminationStatus, PrimalStatus) {
        let point: PrimalStatus = (status == GLP_OPT || status == GLP_FEAS) ? .feasiblePoint : .noSolution
        switch code {
        case 0:
            switch status {
            case GLP_OPT: return (.optimal, .feasiblePoint)
            case GLP_NOFEAS: return (.infeasible, .noSolution)
            default:
                let message = "branch-and-cut finished with solution status \(statusName(status))"
                return (.solverFailure(code: 0, message: message), point)
            }
        case GLP_EMIPGAP:
            guard point == .feasiblePoint else {
                return (.solverFailure(code: Int(code), message: message(for: code)), point)
            }
            return (.optimal, point)
        case GLP_ETMLIM: return (.timeLimit, point)
        case GLP_ESTOP: return (.stopped, point)
        case GLP_ENOPFS: return (.infeasible, .noSolution)
        case GLP_ENODFS: return (.infeasibleOrUnbounded, .noSolution)
        default: return (.solverFailure(code: Int(code), message: message(for: code)), point)
        }
    }

    /// The termination of a MIP whose root LP relaxation was not solved to optimality.
    static func rootRelaxationOutcome(_ termination: TerminationStatus) -> TerminationStatus {
        switch termination {
        case .unbounded, .infeasibleOrUnbounded: .infeasibleOrUnbounded
        case .optimal:
            .solverFailure(code: 0, message: "the root LP relaxation was optimal but branch-and-cut did not run")
        case .infeasible, .timeLimit, .stopped, .solverFailure: termination
        }
    }

    static func primalStatus(fromSimplex status: Int32) -> PrimalStatus {
        switch status {
        case GLP_FEAS: .feasiblePoint
        case GLP_INFEAS: .infeasiblePoint
        default: .noSolution
        }
    }

    static func statusName(_ status: Int32) -> String {
        switch status {
        case GLP_UNDEF: "undefined"
        case GLP_FEAS: "feasible"
        case GLP_INFEAS: "infeasible"
        case GLP_NOFEAS: "no feasible solution"
        case GLP_OPT: "optimal"
        case GLP_UNBND: "unbounded"
        default: "unknown (\(status))"
        }
    }

    /// A readable explanation of a GLPK return code.
    static func message(for code: Int32) -> String {
        switch code {
        case GLP_EBADB: "the initial basis is invalid (GLP_EBADB)"
        case GLP_ESING: "the basis matrix is singular (GLP_ESING)"
        case GLP_ECOND: "the basis matrix is ill-conditioned (GLP_ECOND)"
        case GLP_EBOUND: "some variable has incorrect bounds (GLP_EBOUND)"
        case GLP_EFAIL: "the solver failed (GLP_EFAIL)"
        case GLP_EOBJLL: "the objective reached its lower limit (GLP_EOBJLL)"
        case GLP_EOBJUL: "the objective reached its upper limit (GLP_EOBJUL)"
        case GLP_EITLIM: "the iteration limit was exceeded (GLP_EITLIM)"
        case GLP_ETMLIM: "the time limit was exceeded (GLP_ETMLIM)"
        case GLP_ENOPFS: "the problem has no primal feasible solution (GLP_ENOPFS)"
        case GLP_ENODFS: "the problem has no dual feasible solution (GLP_ENODFS)"
        case GLP_EROOT: "no optimal basis of the root LP relaxation was provided (GLP_EROOT)"
        case GLP_ESTOP: "the search was stopped by the application (GLP_ESTOP)"
        case GLP_EMIPGAP: "the relative MIP gap tolerance was reached without an integer solution (GLP_EMIPGAP)"
        case GLP_ENOFEAS: "the problem has no primal or dual feasible solution (GLP_ENOFEAS)"
        case GLP_ENOCVG: "the solver did not converge (GLP_ENOCVG)"
        case GLP_EINSTAB: "the solver became numerically unstable (GLP_EINSTAB)"
        case GLP_EDATA: "the problem data are invalid (GLP_EDATA)"
        case GLP_ERANGE: "a result is out of range (GLP_ERANGE)"
        default: "GLPK returned the unknown code \(code)"
        }
    }
}
