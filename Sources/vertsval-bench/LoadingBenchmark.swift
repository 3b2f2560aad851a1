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
        let runs = integer("--runs", in: arguments) ?? 7
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vertsval-loading-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        let nationals = try writeNationals(into: folder)
        let synthetic = try SyntheticCase.write(candidates: 10, criteria: 30, seed: 42, into: folder)

        var results: [BenchmarkResult] = []
        // In this process: what every command does first.
        for national in nationals { results.append(try loadNational(national, runs: runs)) }
        var caseLoad = try Benchmark("load (in-process): synthetic case 10 × 30, Loader.loadCase", iterations: runs * 30).run {
            _ = try Loader.loadCase(at: synthetic)
        }
        caseLoad.target = "< 5 ms"
        results.append(caseLoad)

        // Whole processes, interleaved run by run so that both see the same machine.
        var commands: [WholeProcess] = []
        let loose = nationals[0]
        commands.append(WholeProcess(name: "validate national loose", arguments: ["validate", loose.path]))
        commands.append(WholeProcess(name: "evaluate synthetic case 10 × 30", arguments: ["evaluate", synthetic]))
        for national in nationals { commands.append(optimizeNational(national)) }
        // Without the release `vertsval` beside the bench (build it with `swift build -c
        // release`), the whole-process rows are left out rather than reported as NaN.
        guard let ours = oursIfBuilt() else {
            results.append(machineState())
            return results
        }
        for command in commands { results.append(command.time(ours, runs: runs)) }
        results.append(machineState())
        return results
    }

    /// One synthetic national portfolio written for the benchmarks: its band's label, the
    /// portfolio file (its region beside it) and the model as a CPLEX LP file for the peers.
    struct National {
        let label: String
        let path: String
        let lp: String
    }

    /// Writes the national portfolios (356 × 100, seed 42, loose and tight band) and their
    /// LP files into `folder`.
    static func writeNationals(into folder: URL) throws -> [National] {
        var nationals: [National] = []
        for (label, band) in [("loose", SyntheticPortfolio.Band(relative: 1.0, absolute: 5)), ("tight", .tight)] {
            let portfolio = SyntheticPortfolio.make(municipalities: 356, services: 100, band: band, seed: 42)
            let path = folder.appendingPathComponent("nation-\(label).yaml").path
            try PortfolioWriter.write(portfolio, to: path)
            let lp = folder.appendingPathComponent("nation-\(label).lp").path
            try AssignmentOptimizer.cplexLP(of: portfolio).write(toFile: lp, atomically: true, encoding: .utf8)
            nationals.append(National(label: label, path: path, lp: lp))
        }
        return nationals
    }

    /// Loading and validating a national portfolio in this process (`runs` × 3 times).
    static func loadNational(_ national: National, runs: Int) throws -> BenchmarkResult {
        var result = try Benchmark(
            "load (in-process): national portfolio 356 × 100, \(national.label), Loader.loadPortfolio", iterations: runs * 3
        )
        .run { _ = try Loader.loadPortfolio(at: national.path) }
        result.target = "< 60 ms"
        result.notes["bytes"] = "\(fileSize(national.path) + fileSize(national.path.replacingOccurrences(of: ".yaml", with: "-region.yaml")))"
        return result
    }

    /// `vertsval optimize` of a national portfolio with the explanation cut to 1 ms (load,
    /// solve and print: what the peers do with the LP), beside HiGHS and CBC on its LP
    /// when they are installed.
    static func optimizeNational(_ national: National) -> WholeProcess {
        var peers: [(String, [String])] = []
        if pythonHas("highspy") { peers.append(("HiGHS on the LP (python3 + highspy)", ["python3", "-c", highsScript, national.lp])) }
        if let cbc = which("cbc") {
            peers.append(
                ("CBC on the LP", [cbc, national.lp, "-threads", "1", "-allowableGap", "0.999999", "-ratioGap", "0", "-solve", "-quit"]))
        }
        return WholeProcess(
            name: "optimize national \(national.label)", arguments: ["optimize", national.path, "--explain-time-limit", "0.001"], peers: peers)
    }

    /// The `vertsval` to time as a whole process (`VERTSVAL_BIN`, else the one beside this
    /// benchmark), or nil, said on stderr, when it is not there.
    static func oursIfBuilt() -> String? {
        let ours = ProcessInfo.processInfo.environment["VERTSVAL_BIN"] ?? siblingExecutable("vertsval")
        guard FileManager.default.isExecutableFile(atPath: ours) else {
            FileHandle.standardError.write(Data("vertsval-bench: \(ours) not found; whole-process rows left out\n".utf8))
            return nil
        }
        return ours
    }

    /// A `vertsval` command timed as a whole process, interleaved run by run with its peers
    /// (other programs doing the same work, and `VERTSVAL_PEER_BIN` running the same
    /// command) so that all see the same machine.
    struct WholeProcess {
        /// The row's name after "whole process: vertsval ".
        var name: String
        /// The arguments after `vertsval`.
        var arguments: [String]
        /// Label and argv of each peer.
        var peers: [(label: String, argv: [String])] = []
        /// The most runs of a slow command (one whose first run takes over `slowSeconds`:
        /// that run counts as the first sample instead of warming up).
        var slowRuns = 2

        /// Runs the command `runs` times (after one warm-up) and each peer beside it; the
        /// peers' medians and their ratio to ours (peer ÷ vertsval) go in the notes.
        func time(_ ours: String, runs: Int) -> BenchmarkResult {
            let peerBuild = ProcessInfo.processInfo.environment["VERTSVAL_PEER_BIN"]
            var samples: [String: [Double]] = [:]
            var order: [String] = []
            func record(_ label: String, _ seconds: Double) {
                if !order.contains(label) { order.append(label) }
                // A run that could not start is left out, not averaged in as NaN.
                if seconds.isFinite { samples[label, default: []].append(seconds) }
            }
            let warm = wallSeconds([ours] + arguments)  // warms the page cache
            let slow = warm > slowSeconds
            let count = slow ? min(runs, slowRuns) : runs
            for run in 0..<count {
                record("vertsval", slow && run == 0 ? warm : wallSeconds([ours] + arguments))
                if let peerBuild { record("peer build", wallSeconds([peerBuild] + arguments)) }
                for (label, argv) in peers { record(label, wallSeconds(argv)) }
            }
            let mine = (samples["vertsval"] ?? []).sorted()
            var result = BenchmarkResult(
                name: "whole process: vertsval \(name)", iterations: mine.count, medianMs: median(mine) * 1000,
                p90Ms: (mine.last ?? 0) * 1000, minMs: (mine.first ?? 0) * 1000)
            if slow { result.notes["runs"] = slowRunsNote(count) }
            for label in order where label != "vertsval" {
                let theirs = samples[label] ?? []
                result.notes[label] = String(
                    format: "median %.3f s (%.3f–%.3f), ratio to vertsval %.2f", median(theirs), theirs.min() ?? 0, theirs.max() ?? 0,
                    median(theirs) / max(median(mine), 1e-9))
            }
            return result
        }
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

    /// A command or piece of work whose first run takes longer than this is not warmed up
    /// (that run counts) and is run fewer times.
    static let slowSeconds = 5.0

    /// The note on a slow row's runs.
    static func slowRunsNote(_ runs: Int) -> String {
        "\(runs) (first run over \(Int(slowSeconds)) s: no warm-up)"
    }

    /// The positive integer after `option` in `arguments`, if there is one.
    static func integer(_ option: String, in arguments: [String]) -> Int? {
        arguments.firstIndex(of: option).flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }.flatMap { $0 > 0 ? $0 : nil }
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// Runs `argv` with output discarded and returns its wall-clock seconds.
    static func wallSeconds(_ argv: [String]) -> Double {
        // posix_spawn and waitpid rather than Foundation's Process, whose waitUntilExit
        // polls a run loop and added 20–30 ms to every run (measured against `perf stat`).
        let path = argv[0].hasPrefix("/") ? argv[0] : (which(argv[0]) ?? argv[0])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let arguments: [UnsafeMutablePointer<CChar>?] = ([path] + argv.dropFirst()).map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        let clock = ContinuousClock()
        let start = clock.now
        var pid: pid_t = 0
        guard posix_spawn(&pid, path, &actions, nil, arguments, environ) == 0 else { return .nan }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return .nan }
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

    /// Whether `python3` is installed and can import `module`.
    static func pythonHas(_ module: String) -> Bool {
        guard let python = which("python3") else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import \(module)"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    static func fileSize(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// The date and the load average, as a result line of its own (`when`: "at the end of
    /// the loading section").
    static func machineState(_ when: String = "at the end of the loading section") -> BenchmarkResult {
        var result = BenchmarkResult(name: "machine state \(when)", iterations: 0, medianMs: 0, p90Ms: 0, minMs: 0)
        let formatter = ISO8601DateFormatter()
        result.notes["date"] = formatter.string(from: Date())
        result.notes["loadAverage"] = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).joined(separator: " ")
        return result
    }
}
