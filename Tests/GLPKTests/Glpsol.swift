import Foundation
import Testing

/// Runs the `glpsol` command-line solver (package glpk-utils) on a model file.
enum Glpsol {
    struct Run {
        var exitCode: Int32
        var output: String
        /// The objective value from glpsol's report, if it solved the model.
        var objective: Double?
    }

    /// The path of `glpsol` on `PATH`; records a failing issue when it is missing.
    static func executable(sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        let found = directories.map { "\($0)/glpsol" }.first { FileManager.default.isExecutableFile(atPath: $0) }
        if found == nil {
            Issue.record(
                "glpsol not found on PATH; install it with `apt-get install glpk-utils` to cross-check exports",
                sourceLocation: sourceLocation)
        }
        return found
    }

    /// Solves `text` with glpsol and the given format option (`--lp`, `--freemps`).
    ///
    /// The text is written to a fresh temporary file. glpsol deletes every output file named on its command line
    /// before solving, so its report goes to a fresh file too.
    static func solve(_ text: String, format: String, arguments: [String] = [], executable: String) throws -> Run {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("glpsol-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("model.txt")
        let report = directory.appendingPathComponent("report.txt")
        try text.write(to: input, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = [format, input.path, "-o", report.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let reportText = (try? String(contentsOf: report, encoding: .utf8)) ?? ""
        return Run(exitCode: process.terminationStatus, output: output, objective: objective(in: reportText))
    }

    /// Reads `Objective:  obj = 388 (MAXimum)` from a glpsol report.
    private static func objective(in report: String) -> Double? {
        guard let line = report.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
            let equals = line.firstIndex(of: "=")
        else { return nil }
        return line[line.index(after: equals)...].split(separator: " ").first.flatMap { Double($0) }
    }
}
