import CGLPK
import Foundation

/// Writing a model as CPLEX LP or free MPS text, using GLPK's writers.
///
/// The exported file is the model: the same objective sense, coefficients and bounds, without
/// scaling. Where GLPK's writers would lose something, the model is adjusted first, in ways that
/// keep every feasible point and objective value:
/// - a non-zero objective constant becomes a column `_constant` fixed at 1 whose objective
///   coefficient is the constant (GLPK's LP writer keeps the constant only as a comment, and
///   MPS readers disagree about the sign of a constant on the objective row);
/// - free rows are left out (they constrain nothing, and GLPK's MPS writer would take the first
///   of them for the objective and drop the real one);
/// - a model without rows gets an empty row `_empty` (`0 >= 0`), and one without columns the
///   `_constant` column, because GLPK's writers need at least one of each.
/// Added names get a numeric suffix if the model already uses them. GLPK writes numbers with 15
/// significant digits in LP files and at most 12 characters in MPS files.
extension LinearModel {
    /// The model in CPLEX LP format.
    ///
    /// - Throws: ``GLPKError`` if the model is invalid or the temporary file cannot be written.
    /// - Complexity: O(columns + rows + non-zeros).
    public func cplexLP() throws(GLPKError) -> String {
        try exported { problem, path in glp_write_lp(problem.handle, nil, path) }
    }

    /// The model in free MPS format, stating a maximisation as `objectiveSense` says.
    ///
    /// - Throws: ``GLPKError`` if the model is invalid or the temporary file cannot be written.
    /// - Complexity: O(columns + rows + non-zeros).
    public func freeMPS(objectiveSense: MPSObjectiveSense = .section) throws(GLPKError) -> String {
        let text = try exported { problem, path in glp_write_mps(problem.handle, GLP_MPS_FILE, nil, path) }
        guard objective == .maximize, objectiveSense == .section else { return text }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let nameLine = lines.firstIndex { $0 == "NAME" || $0.hasPrefix("NAME ") } ?? 0
        lines.insert(contentsOf: ["OBJSENSE", "    MAX"], at: nameLine + 1)
        return lines.joined(separator: "\n")
    }

    /// Writes the model in CPLEX LP format to `path`, replacing any file there.
    ///
    /// - Throws: ``GLPKError/writeFailed(path:reason:)`` naming `path`, or a validation error.
    public func writeCPLEXLP(toFile path: String) throws(GLPKError) {
        try Self.write(cplexLP(), toFile: path)
    }

    /// Writes the model in free MPS format to `path`, replacing any file there.
    ///
    /// - Throws: ``GLPKError/writeFailed(path:reason:)`` naming `path`, or a validation error.
    public func writeFreeMPS(toFile path: String, objectiveSense: MPSObjectiveSense = .section) throws(GLPKError) {
        try Self.write(freeMPS(objectiveSense: objectiveSense), toFile: path)
    }

    private static func write(_ text: String, toFile path: String) throws(GLPKError) {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
    }

    /// Builds the export problem, lets GLPK write it to a temporary file, and returns the text.
    private func exported(_ writer: (Problem, String) -> Int32) throws(GLPKError) -> String {
        try validate()
        let problem = Problem()
        problem.load(exportModel())
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("glpk-export-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let log = TerminalLog()
        let code = log.capture { writer(problem, path) }
        guard code == 0 else { throw .writeFailed(path: path, reason: log.lastLine) }
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
    }

    /// The model adjusted for GLPK's writers, as described in the extension's documentation.
    func exportModel() -> LinearModel {
        var result = self
        result.rows.removeAll { $0.bounds.lower == -.infinity && $0.bounds.upper == .infinity }
        if objectiveConstant != 0 || columns.isEmpty {
            let name = Self.unusedName("_constant", among: Set(columns.map(\.name)))
            result.columns.append(Column(name: name, bounds: .fixed(1), objectiveCoefficient: objectiveConstant))
            result.objectiveConstant = 0
        }
        if result.rows.isEmpty {
            let name = Self.unusedName("_empty", among: Set(rows.map(\.name)))
            result.rows.append(Row(name: name, bounds: .atLeast(0), terms: []))
        }
        return result
    }

    private static func unusedName(_ base: String, among used: Set<String>) -> String {
        var candidate = base
        var suffix = 0
        while used.contains(candidate) {
            suffix += 1
            candidate = "\(base)_\(suffix)"
        }
        return candidate
    }
}
