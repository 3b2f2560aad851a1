import Foundation
import Vertsval
import VertsvalOptimizer
import VertsvalSynthetic

/// Loading and whole commands at national size (issue 20): the synthetic national
/// portfolios (356 municipalities × 100 services, seed 42, loose and tight band, as
/// `vertsval generate --preset nation` writes them) and the synthetic 10 × 30 case, loaded
/// in this process, and `vertsval validate` / `vertsval optimize` run as whole processes,
/// beside a peer build and other solvers where they are there.
///
/// `vertsval-bench --loading [--runs N]`, from the package root of a release build.
/// Environment (all optional):
/// - `VERTSVAL_BIN`: the `vertsval` to time (default: the one beside this benchmark).
/// - `VERTSVAL_PEER_BIN`: another build's `vertsval` (e.g. main's), timed interleaved with
///   ours on the same files.
/// - HiGHS (`python3` with `highspy`) and CBC (`cbc`) solve the exported LP as whole
///   processes when installed, with the settings of `benchmarks/compare-solvers.py`.
enum LoadingBenchmark {
    /// Runs the section and returns its results.
    static func run(arguments: [String]) throws -> [BenchmarkResult] {
        let runs = arguments.firstIndex(of: "--runs").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil } ?? 7
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vertsval-loading-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        var nationals: [(label: String, path: String, lp: String)] = []
        for (label, band) in [("loose", SyntheticPortfolio.Band(relative: 1.0, absolute: 5)), ("tight", .tight)] {
            let portfolio = SyntheticPortfolio.make(municipalities: 356, services: 100, band: band, seed: 42)
            let path = folder.appendingPathComponent("nation-\(label).yaml").path
            try PortfolioWriter.write(portfolio, to: path)
            let lp = folder.appendingPathComponent("nation-\(label).lp").path
            try AssignmentOptimizer.cplexLP(of: portfolio).write(toFile: lp, atomically: true, encoding: .utf8)
            nationals.append((label, path, lp))
        }
        let synthetic = try SyntheticCase.write(candidates: 10, criteria: 30, seed: 42, into: folder)

        var results: [BenchmarkResult] = []
        // In this process: what every command does first.
        for national in nationals {
            var result = try Benchmark(
                "load (in-process): national portfolio 356 × 100, \(national.label), Loader.loadPortfolio", iterations: runs * 3
            )
            .run { _ = try Loader.loadPortfolio(at: national.path) }
            result.target = "< 60 ms"
            result.notes["bytes"] = "\(fileSize(national.path) + fileSize(national.path.replacingOccurrences(of: ".yaml", with: "-region.yaml")))"
            results.append(result)
        }
        var caseLoad = try Benchmark("load (in-process): synthetic case 10 × 30, Loader.loadCase", iterations: runs * 30).run {
            _ = try Loader.loadCase(at: synthetic)
        }
        caseLoad.target = "< 5 ms"
        results.append(caseLoad)

        // Whole processes, interleaved run by run so that both see the same machine.
        let ours = ProcessInfo.processInfo.environment["VERTSVAL_BIN"] ?? siblingExecutable("vertsval")
        let peer = ProcessInfo.processInfo.environment["VERTSVAL_PEER_BIN"]
        let highs = pythonHasHiGHS() ? "python3" : nil
        let cbc = which("cbc")
        var commands: [(name: String, ours: [String], peers: [(String, [String])])] = []
        let loose = nationals[0]
        commands.append(("validate national loose", ["validate", loose.path], []))
        commands.append(("evaluate synthetic case 10 × 30", ["evaluate", synthetic], []))
        for national in nationals {
            var peers: [(String, [String])] = []
            if let highs { peers.append(("HiGHS on the LP (python3 + highspy)", [highs, "-c", highsScript, national.lp])) }
            if let cbc {
                peers.append(
                    ("CBC on the LP", [cbc, national.lp, "-threads", "1", "-allowableGap", "0.999999", "-ratioGap", "0", "-solve", "-quit"]))
            }
            // The explanation re-solves per rule for up to a minute: measured here is load, solve
            // and print, what the peers do with the LP.
            commands.append(("optimize national \(national.label)", ["optimize", national.path, "--explain-time-limit", "0.001"], peers))
        }
        // Without the release `vertsval` beside the bench (build it with `swift build -c
        // release`), the whole-process rows are left out rather than reported as NaN.
        guard FileManager.default.isExecutableFile(atPath: ours) else {
            FileHandle.standardError.write(Data("vertsval-bench: \(ours) not found; whole-process rows left out\n".utf8))
            results.append(machineState())
            return results
        }
        for command in commands {
            var samples: [String: [Double]] = [:]
            var order: [String] = []
            func time(_ label: String, _ argv: [String]) {
                if !order.contains(label) { order.append(label) }
                let seconds = wallSeconds(argv)
                // A run that could not start is left out, not averaged in as NaN.
                if seconds.isFinite { samples[label, default: []].append(seconds) }
            }
            _ = wallSeconds([ours] + command.ours)  // warm the page cache
            for _ in 0..<runs {
                time("vertsval", [ours] + command.ours)
                if let peer { time("peer build", [peer] + command.ours) }
                for (label, argv) in command.peers { time(label, argv) }
            }
            let mine = (samples["vertsval"] ?? []).sorted()
            var result = BenchmarkResult(
                name: "whole process: vertsval \(command.name)", iterations: runs, medianMs: median(mine) * 1000,
                p90Ms: (mine.last ?? 0) * 1000, minMs: (mine.first ?? 0) * 1000)
            for label in order where label != "vertsval" {
                let theirs = samples[label] ?? []
                result.notes[label] = String(
                    format: "median %.3f s (%.3f–%.3f), ratio to vertsval %.2f", median(theirs), theirs.min() ?? 0, theirs.max() ?? 0,
                    median(theirs) / max(median(mine), 1e-9))
            }
            results.append(result)
        }
        results.append(machineState())
        return results
    }

    /// HiGHS on one LP, with `compare-solvers.py`'s settings (one thread, exact gap).
    static let highsScript = """
        import sys, highspy
        h = highspy.Highs()
        h.setOptionValue("output_flag", False)
        h.setOptionValue("threads", 1)
        h.setOptionValue("mip_rel_gap", 0.0)
        h.setOptionValue("mip_abs_gap", 1 - 1e-6)
        h.readModel(sys.argv[1])
        h.run()
        """

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Runs `argv` with output discarded and returns its wall-clock seconds.
    static func wallSeconds(_ argv: [String]) -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: argv[0].hasPrefix("/") ? argv[0] : (which(argv[0]) ?? argv[0]))
        process.arguments = Array(argv.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return .nan
        }
        return (clock.now - start).inSeconds
    }

    static func siblingExecutable(_ name: String) -> String {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(name).path
    }

    static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func pythonHasHiGHS() -> Bool {
        guard let python = which("python3") else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import highspy"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// The date and the load average when the section ended, as a result line of its own.
    static func machineState() -> BenchmarkResult {
        var result = BenchmarkResult(name: "machine state at the end of the loading section", iterations: 0, medianMs: 0, p90Ms: 0, minMs: 0)
        let formatter = ISO8601DateFormatter()
        result.notes["date"] = formatter.string(from: Date())
        result.notes["loadAverage"] = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).joined(separator: " ")
        return result
    }
}
