internal import GLPK
public import Vertsval

/// Why an assignment could not be computed: a value the solver cannot take, an export
/// that could not be written, or a defect. Infeasible rules are a result, not an error.
///
/// The solver's own errors (`GLPKError`, with column names such as `x_ppt_sogndal`) stay
/// inside this module; this type carries only what a user can act on.
public enum OptimizerError: Error, Sendable, Equatable {
    /// A number built from the portfolio (a value, an FTE figure or an importance) is
    /// outside what the solver can compute with.
    case numberOutOfRange
    /// The model file could not be written.
    case exportFailed(path: String, reason: String)
    /// The weights of a case behind the values could not be sampled (robust assignment).
    case sampling(SMAAError)
    /// The weights of a case behind the values cannot be used.
    case weights(WeightError)
    /// A defect in vertsval: the model it built was refused. `detail` is for a bug report.
    case internalFailure(detail: String)

    /// Maps a solver error: problems with numbers are the user's data, the rest are defects.
    init(_ error: GLPKError) {
        switch error {
        case .nonFiniteCoefficient, .nonFiniteObjectiveCoefficient, .nonFiniteObjectiveConstant, .nonFiniteValue:
            self = .numberOutOfRange
        case .invalidBounds(_, _, let problem) where problem == .notANumber || problem == .infiniteLower || problem == .infiniteUpper:
            self = .numberOutOfRange
        case let .writeFailed(path, reason):
            self = .exportFailed(path: path, reason: reason)
        default:
            self = .internalFailure(detail: String(describing: error))
        }
    }
}
