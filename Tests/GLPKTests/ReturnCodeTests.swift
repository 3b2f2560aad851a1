import Testing

@testable import GLPK

/// The mapping of GLPK's return codes and statuses, including codes GLPK should never return.
@Suite struct ReturnCodeTests {
    // GLPK 5.0's constants, from glpk.h.
    private let feasible: Int32 = 2, infeasible: Int32 = 3, noFeasible: Int32 = 4, optimal: Int32 = 5,
        undefined: Int32 = 1
    private let timeLimit: Int32 = 0x09, noPrimal: Int32 = 0x0A, stop: Int32 = 0x0D, gap: Int32 = 0x0E

    @Test("An unknown return code becomes solverFailure, not a crash")
    func unknownCode() {
        let (lp, lpPoint) = ReturnCode.simplexOutcome(code: 999, primal: feasible, dual: feasible)
        #expect(lp == .solverFailure(code: 999, message: "GLPK returned the unknown code 999"))
        #expect(lpPoint == .feasiblePoint)
        let (mip, mipPoint) = ReturnCode.branchAndCutOutcome(code: -7, status: 42)
        #expect(mip == .solverFailure(code: -7, message: "GLPK returned the unknown code -7"))
        #expect(mipPoint == .noSolution)
    }

    @Test("Return code 0 with an undecided status is a solver failure that names the status")
    func undecidedStatus() {
        #expect(
            ReturnCode.simplexOutcome(code: 0, primal: undefined, dual: undefined).0
                == .solverFailure(
                    code: 0, message: "the simplex method ended with primal status undefined and dual status undefined")
        )
        #expect(
            ReturnCode.branchAndCutOutcome(code: 0, status: undefined).0
                == .solverFailure(code: 0, message: "branch-and-cut finished with solution status undefined"))
    }

    @Test("Both the return code and the MIP status decide the outcome (GLPK-NOTES table)")
    func mipTable() {
        #expect(ReturnCode.branchAndCutOutcome(code: noPrimal, status: noFeasible) == (.infeasible, .noSolution))
        #expect(ReturnCode.branchAndCutOutcome(code: 0, status: noFeasible) == (.infeasible, .noSolution))
        #expect(ReturnCode.branchAndCutOutcome(code: timeLimit, status: undefined) == (.timeLimit, .noSolution))
        #expect(ReturnCode.branchAndCutOutcome(code: timeLimit, status: feasible) == (.timeLimit, .feasiblePoint))
        #expect(ReturnCode.branchAndCutOutcome(code: stop, status: feasible) == (.stopped, .feasiblePoint))
        #expect(ReturnCode.branchAndCutOutcome(code: gap, status: feasible) == (.optimal, .feasiblePoint))
        #expect(
            ReturnCode.simplexOutcome(code: timeLimit, primal: infeasible, dual: undefined) == (
                .timeLimit, .infeasiblePoint
            ))
    }
}
