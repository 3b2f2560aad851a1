import GLPK
import Testing

/// Every input that would abort GLPK (index out of range, duplicate entry, bad name) or make it
/// silently solve another problem (NaN or infinite numbers, bad bounds) is rejected in Swift
/// with a specific error, before any GLPK call.
@Suite struct ValidationTests {
    private func model(columns: [Column], rows: [Row] = []) -> LinearModel {
        LinearModel(columns: columns, rows: rows)
    }

    private let xy = [Column(name: "x"), Column(name: "y")]

    @Test("A row term naming a column out of range is rejected (GLPK aborts)")
    func columnIndexOutOfRange() {
        expectRejected(
            model(columns: xy, rows: [Row(name: "r", bounds: .atMost(1), coefficients: [(0, 1), (5, 1)])]),
            "row 0 'r' refers to column 5; expected a column index in 0..<2",
            equalTo: .columnIndexOutOfRange(.row(0, name: "r"), column: 5, columnCount: 2))
        expectRejected(
            model(columns: xy, rows: [Row(name: "r", bounds: .atMost(1), coefficients: [(-1, 1)])]),
            "row 0 'r' refers to column -1; expected a column index in 0..<2")
    }

    @Test("A column listed twice in one row is rejected (GLPK aborts)")
    func duplicateEntry() {
        expectRejected(
            model(columns: xy, rows: [Row(name: "r", bounds: .atMost(1), coefficients: [(1, 1), (0, 2), (1, 3)])]),
            "row 0 'r' lists column 1 more than once; expected each column at most once per row",
            equalTo: .duplicateCoefficient(.row(0, name: "r"), column: 1))
    }

    @Test("A NaN objective coefficient or constant is rejected (GLPK reports a NaN optimum)")
    func nanObjective() {
        expectRejected(
            model(columns: [Column(name: "x"), Column(name: "y", objectiveCoefficient: .nan)]),
            "column 1 'y' has objective coefficient nan; expected a finite number")
        expectRejected(
            LinearModel(objectiveConstant: .infinity, columns: xy),
            "the objective constant is inf; expected a finite number",
            equalTo: .nonFiniteObjectiveConstant(value: .infinity))
    }

    @Test("A NaN or infinite matrix value is rejected (GLPK silently drops the constraint)")
    func nonFiniteMatrixValue() {
        expectRejected(
            model(columns: xy, rows: [Row(name: "r", bounds: .atMost(1), coefficients: [(0, .nan)])]),
            "row 0 'r' has coefficient nan for column 0; expected a finite number")
        expectRejected(
            model(columns: xy, rows: [Row(name: "r", bounds: .atMost(1), coefficients: [(0, 1), (1, -.infinity)])]),
            "row 0 'r' has coefficient -inf for column 1; expected a finite number",
            equalTo: .nonFiniteCoefficient(.row(0, name: "r"), column: 1, value: -.infinity))
    }

    @Test("A NaN bound is rejected (GLPK silently ignores the constraint)")
    func nanBound() {
        expectRejected(
            model(columns: [Column(name: "x", bounds: .between(.nan, 1))]),
            "column 0 'x' has bounds [nan, 1]; expected bounds without NaN")
        expectRejected(
            model(columns: xy, rows: [Row(name: "r", bounds: .atMost(.nan), coefficients: [(0, 1)])]),
            "row 0 'r' has bounds (-inf, nan]; expected bounds without NaN")
    }

    @Test("A lower bound above the upper bound, or an infinite bound on the wrong side, is rejected")
    func lowerAboveUpper() {
        expectRejected(
            model(columns: xy, rows: [Row(name: "r", bounds: .between(3, 1), coefficients: [(0, 1)])]),
            "row 0 'r' has bounds [3, 1]; expected a lower bound at most the upper bound",
            equalTo: .invalidBounds(.row(0, name: "r"), .between(3, 1), problem: .lowerAboveUpper))
        expectRejected(
            model(columns: [Column(name: "x", bounds: .atLeast(.infinity))]),
            "column 0 'x' has bounds [inf, +inf); expected a lower bound below +inf")
        expectRejected(
            model(columns: [Column(name: "x", bounds: .fixed(-.infinity))]),
            "column 0 'x' has bounds (-inf, -inf]; expected an upper bound above -inf")
    }

    @Test("Fractional bounds on an integer column, and binary bounds outside [0, 1], are rejected")
    func fractionalIntegerBound() {
        expectRejected(
            model(columns: [Column(name: "n", kind: .integer, bounds: .between(0.5, 3))]),
            "column 0 'n' has bounds [0.5, 3]; expected integer bounds for an integer column",
            equalTo: .invalidBounds(.column(0, name: "n"), .between(0.5, 3), problem: .fractionalForInteger))
        expectRejected(
            model(columns: [Column(name: "b", kind: .binary, bounds: .between(0, 2))]),
            "column 0 'b' has bounds [0, 2]; expected bounds within [0, 1] for a binary column")
    }

    @Test("Names GLPK rejects or its LP writer rewrites are rejected")
    func badNames() {
        let long = String(repeating: "a", count: 300)
        expectRejected(
            model(columns: [Column(name: long)]),
            "column 0 '\(String(repeating: "a", count: 40))…' has a name of 300 bytes; expected at most 255 bytes",
            equalTo: .invalidName(.column(0, name: long), problem: .tooLong(bytes: 300)))
        let rule = "expected a name of ASCII letters, digits and _.()#@!?%&/{}|,"
        expectRejected(model(columns: [Column(name: "a b")]), "column 0 'a b' has a name containing U+0020; \(rule)")
        expectRejected(model(columns: [Column(name: "a\tb")]), "column 0 'a\tb' has a name containing U+0009; \(rule)")
        expectRejected(model(columns: [Column(name: "x-1")]), "column 0 'x-1' has a name containing '-'; \(rule)")
        expectRejected(
            model(columns: [Column(name: "Høyanger")]), "column 0 'Høyanger' has a name containing 'ø'; \(rule)")
        expectRejected(model(columns: [Column(name: "")]), "column 0 has an empty name; \(rule)")
        expectRejected(
            model(columns: [Column(name: "1x")]),
            "column 0 '1x' has a name starting with '1'; expected a name starting with an ASCII letter or _")
        expectRejected(
            model(columns: [Column(name: "x"), Column(name: "x")]),
            "column 1 'x' has the same name as column 0; expected unique column names",
            equalTo: .duplicateName(.column(1, name: "x"), firstIndex: 0))
        expectRejected(
            model(columns: xy, rows: [Row(name: "R0000000", bounds: .atMost(1), coefficients: [(0, 1)])]),
            "row 0 'R0000000' has a reserved name; expected a name other than R0000000 (the MPS objective row)")
        expectRejected(
            LinearModel(name: "my model", columns: xy),
            "the model has a name containing U+0020; \(rule)")
    }

    @Test("sanitizedName turns any text into a name that validates")
    func sanitizedNames() throws {
        #expect(LinearModel.sanitizedName("x[Høyanger, 2]") == "x_H_yanger,_2_")
        #expect(LinearModel.sanitizedName("2nd choice") == "_2nd_choice")
        #expect(LinearModel.sanitizedName("") == "_")
        #expect(LinearModel.sanitizedName(String(repeating: "é", count: 300)).utf8.count == 255)
        for text in ["x[Høyanger, 2]", "2nd choice", "", "a\u{0}b", "R-1", String(repeating: "ø", count: 400)] {
            let name = LinearModel.sanitizedName(text)
            try LinearModel(columns: [Column(name: name)]).validate()
        }
    }

    @Test("A valid model with every kind of bound passes")
    func validModelPasses() throws {
        let model = LinearModel(
            name: "all_bounds",
            objectiveConstant: 2,
            columns: [
                Column(name: "free", bounds: .free),
                Column(name: "up", bounds: .atMost(3)),
                Column(name: "db", bounds: .between(-1, 1)),
                Column(name: "fx", bounds: .fixed(2)),
                Column(name: "n", kind: .integer, bounds: .between(-.infinity, 4)),
                .binary(name: "b"),
            ],
            rows: [Row(name: "r", bounds: .between(-.infinity, .infinity), coefficients: [(0, 1), (5, 0)])])
        try model.validate()
    }

    @Test("Invalid options are rejected before solving")
    func invalidOptions() {
        expectGLPKError("option timeLimit is -1.0 seconds; expected a positive duration of at most 2147483.647 seconds") {
            _ = try Solver.solve(TestModels.vanderbei, options: SolveOptions(timeLimit: .seconds(-1)))
        }
        expectGLPKError("option relativeMIPGap is nan; expected a finite number >= 0") {
            _ = try Solver.solve(TestModels.knapsack, options: SolveOptions(relativeMIPGap: .nan))
        }
    }
}
