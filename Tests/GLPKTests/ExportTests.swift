import Foundation
import GLPK
import Testing

/// CPLEX LP and free MPS export, cross-checked with glpsol.
@Suite struct ExportTests {
    /// The knapsack, maximised, with an objective constant, a free row and a ranged row, so that
    /// every adjustment the exporter makes is exercised.
    private var model: LinearModel {
        var model = TestModels.knapsack
        model.objectiveConstant = 100
        model.addRow(Row(name: "free_row", bounds: .free, coefficients: [(0, 5), (1, 1)]))
        model.addRow(Row(name: "ranged", bounds: .between(1, 9), coefficients: [(2, 1), (3, 1), (4, 1)]))
        return model
    }

    @Test("LP and MPS exports of a maximisation MIP give glpsol the in-process objective")
    func glpsolAgrees() throws {
        guard let glpsol = Glpsol.executable() else { return }
        let expected = try #require(try Solver.solve(model).objectiveValue)
        #expect(close(expected, TestModels.knapsackRanking()[0].value + 100))

        let lp = try Glpsol.solve(model.cplexLP(), format: "--lp", executable: glpsol)
        #expect(lp.exitCode == 0, "\(lp.output)")
        #expect(close(lp.objective, expected))

        let mps = try Glpsol.solve(
            model.freeMPS(objectiveSense: .omitted), format: "--freemps", arguments: ["--max"], executable: glpsol)
        #expect(mps.exitCode == 0, "\(mps.output)")
        #expect(close(mps.objective, expected))
    }

    @Test("A maximisation MPS file carries an OBJSENSE section after NAME, which glpsol rejects")
    func objectiveSenseSection() throws {
        guard let glpsol = Glpsol.executable() else { return }
        let withSection = try model.freeMPS()
        let lines = withSection.split(separator: "\n").map(String.init)
        let name = try #require(lines.firstIndex(of: "NAME knapsack"))
        #expect(Array(lines[name...].prefix(4)) == ["NAME knapsack", "OBJSENSE", "    MAX", "ROWS"])
        let omitted = try model.freeMPS(objectiveSense: .omitted)
        #expect(withSection.replacingOccurrences(of: "OBJSENSE\n    MAX\n", with: "") == omitted)

        let run = try Glpsol.solve(withSection, format: "--freemps", executable: glpsol)
        #expect(run.exitCode != 0)
        #expect(run.output.contains("invalid indicator record"))
        var minimise = model
        minimise.objective = .minimize
        #expect(try !minimise.freeMPS().contains("OBJSENSE"))
    }

    @Test("The exported files keep the names, the sense and the constant")
    func exportedText() throws {
        let lp = try model.cplexLP()
        #expect(lp.contains("Maximize"))
        #expect(lp.contains(" capacity: "))
        #expect(lp.contains("take_11"))
        #expect(lp.contains("_constant = 1"))
        #expect(!lp.contains("free_row"))
        let mps = try model.freeMPS()
        #expect(mps.contains(" N R0000000\n"))
        #expect(mps.contains("_constant R0000000 100"))
        #expect(!mps.contains("free_row"))
    }

    @Test("Added names avoid the model's own names")
    func addedNamesAreUnique() throws {
        let model = LinearModel(objectiveConstant: 2, columns: [Column(name: "_constant", objectiveCoefficient: 1)])
        let lp = try model.cplexLP()
        #expect(lp.contains("_constant_1 = 1"))
        #expect(lp.contains(" _empty: 0 _constant >= 0"))
    }

    @Test("Writing to a file writes the same text, and a failed write names the path")
    func writeToFile() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).lp").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.writeCPLEXLP(toFile: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == model.cplexLP())
        try model.writeFreeMPS(toFile: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == model.freeMPS())

        let missing = "/nonexistent-\(UUID().uuidString)/model.lp"
        let error = #expect(throws: GLPKError.self) { try model.writeCPLEXLP(toFile: missing) }
        guard case .writeFailed(let failedPath, _) = error else {
            Issue.record("expected writeFailed, got \(String(describing: error))")
            return
        }
        #expect(failedPath == missing)
        #expect(error?.description.hasPrefix("cannot write '\(missing)': ") == true)
    }

    @Test("An invalid model is not exported")
    func invalidModel() {
        let model = LinearModel(columns: [Column(name: "x", objectiveCoefficient: .nan)])
        expectGLPKError("column 0 'x' has objective coefficient nan; expected a finite number") {
            _ = try model.cplexLP()
        }
        expectGLPKError("column 0 'x' has objective coefficient nan; expected a finite number") {
            _ = try model.freeMPS()
        }
    }
}
