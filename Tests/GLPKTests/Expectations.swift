import GLPK
import Testing

/// Checks that `body` throws a ``GLPKError`` with exactly the given message (and, if given, case),
/// and returns the error.
@discardableResult
func expectGLPKError(
    _ message: String,
    equalTo expected: GLPKError? = nil,
    sourceLocation: SourceLocation = #_sourceLocation,
    _ body: () throws -> Void
) -> GLPKError? {
    let error = #expect(throws: GLPKError.self, sourceLocation: sourceLocation) { try body() }
    #expect(error?.description == message, sourceLocation: sourceLocation)
    if let expected { #expect(error == expected, sourceLocation: sourceLocation) }
    return error
}

/// Checks that the model is rejected with the message both by `validate()` and by a solve,
/// so that GLPK never sees it.
func expectRejected(
    _ model: LinearModel,
    _ message: String,
    equalTo expected: GLPKError? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectGLPKError(message, equalTo: expected, sourceLocation: sourceLocation) { try model.validate() }
    expectGLPKError(message, equalTo: expected, sourceLocation: sourceLocation) { _ = try Solver.solve(model) }
}

/// Whether two numbers agree within an absolute-plus-relative tolerance.
func close(_ a: Double?, _ b: Double?, tolerance: Double = 1e-6) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return abs(a - b) <= tolerance * (1 + abs(b))
}

func close(_ a: [Double]?, _ b: [Double]?, tolerance: Double = 1e-6) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return a.count == b.count && zip(a, b).allSatisfy { close($0, $1, tolerance: tolerance) }
}
