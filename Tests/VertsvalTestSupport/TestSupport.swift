public import Foundation
public import SplitMix
public import Testing
public import Vertsval

/// Paths, temporary folders and fixtures shared by the test targets.
public enum TestSupport {
    /// The package root (the folder with Package.swift).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// An absolute path inside the package.
    public static func path(_ relative: String) -> String {
        packageRoot.appendingPathComponent(relative).path
    }

    /// A new, empty temporary folder.
    public static func temporaryFolder(_ name: String = "vertsval-test") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `text` to `name` inside `folder` and returns the path.
    @discardableResult
    public static func write(_ text: String, to name: String, in folder: URL) -> String {
        let url = folder.appendingPathComponent(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url)
        return url.path
    }

    /// The bundled Sogn case, loaded.
    public static func bundledCase() throws -> LoadedCase {
        try Loader.loadCase(at: path("Cases/sogn/ureining-miljo-tilsyn.yaml"))
    }

    /// The bundled four-candidate case, loaded.
    public static func fourCandidateCase() throws -> LoadedCase {
        try Loader.loadCase(at: path("Cases/sogn/ppt-vertskommune.yaml"))
    }
}

/// The seeded generator tests use (the package's own SplitMix64), so that random tests are
/// reproducible.
public typealias SeededGenerator = SplitMix64

extension Tag {
    /// Tests that take seconds each (whole solves on medium instances, many exhaustive
    /// cross-checks), marked so that a quick run or a test plan can leave them out.
    @Tag public static var slow: Self
}

/// The output of a finished process.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs `executable` with `arguments` in `folder` and waits for it; `environment` replaces
/// the inherited environment when given.
public func runProcess(
    _ executable: String, _ arguments: [String], in folder: URL? = nil, environment: [String: String]? = nil
) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let folder { process.currentDirectoryURL = folder }
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes before waiting, so a large output cannot block the child.
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
        stderr: String(decoding: errData, as: UTF8.self))
}

/// Runs the built `vertsval` binary as a user would.
public enum CLI {
    /// The `vertsval` executable next to the test bundle (or in `.build/debug`).
    public static let executable: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        let candidates = [
            beside.appendingPathComponent("vertsval").path,
            beside.deletingLastPathComponent().appendingPathComponent("vertsval").path,
            TestSupport.path(".build/debug/vertsval"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[2]
    }()

    /// Runs `vertsval` with `arguments` in the package root (or `folder`). The language
    /// variable is removed from the environment, so that a developer's `VERTSVAL_LANG` cannot
    /// change the output; `language` sets it instead.
    public static func run(_ arguments: [String], in folder: URL? = nil, language: String? = nil) throws -> ProcessResult {
        var environment = ProcessInfo.processInfo.environment
        environment["VERTSVAL_LANG"] = language
        environment["COLUMNS"] = nil
        return try runProcess(executable, arguments, in: folder ?? TestSupport.packageRoot, environment: environment)
    }
}
