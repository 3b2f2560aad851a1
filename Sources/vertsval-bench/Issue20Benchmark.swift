import Foundation
import Vertsval
import VertsvalOptimizer
import VertsvalReport
import VertsvalStudy
import VertsvalSynthetic

/// Every row of issue 20's performance table in one run: each command as a whole process
/// (interleaved with its peers where they are installed) and the same work in this
/// process, ending with the date and load average.
///
/// `vertsval-bench --issue20 [--runs N] [--slow-runs N]`, from the package root of a release
/// build with the release `vertsval` beside it (`swift build -c release --product vertsval`,
/// then `--product vertsval-bench`). Rows, in order:
/// 1. `optimize` of the national portfolios (356 × 100, loose and tight) with
///    `--explain-time-limit 0.001` (load, solve, print), beside HiGHS (`highspy`) and CBC on
///    the exported LP;
/// 2. loading and validating the national portfolio (in-process; `validate` as a process);
/// 3. `optimize` of the national loose portfolio with the full explanation (no limit given:
///    the default minute);
/// 4. gap12, instance 5 (OR-Library, as `vertsval convert-gap … --instance 5` writes it)
///    with the default explanation and with the solve alone, and their ratio;
/// 5. the Sogn portfolio with `--alternatives 3`, beside `benchmarks/alternatives-pulp.py`
///    (PuLP + CBC asking the same questions);
/// 6. SMAA-2, 1 000 000 draws, 10 × 12, uniform on the simplex, beside numpy
///    (`benchmarks/smaa-numpy.py`; in-process only: no command runs this problem);
/// 7. `evaluate` of the Sogn case, beside `benchmarks/evaluate-numpy.py` and
///    `benchmarks/evaluate-pymcdm.py`.
///
/// Peers are optional: a peer whose Python modules or program are missing is left out.
/// Environment: `VERTSVAL_BIN`, `VERTSVAL_PEER_BIN` as for `--loading`; `VERTSVAL_GAP_DIR`
/// (default `../shared/benchmarks/gap`) holds `orlib/gap12.txt`, without which row 4 is
/// left out. A row whose first run takes over 5 s is not warmed up (that run counts) and
/// runs at most `--slow-runs` times (default 2).
enum Issue20Benchmark {
    static let sognPortfolio = "Cases/sogn/tenester-2027.yaml"
    static let sognCase = "Cases/sogn/ureining-miljo-tilsyn.yaml"

    /// Runs the section and returns its results.
    static func run(arguments: [String]) throws -> [BenchmarkResult] {
        let runs = LoadingBenchmark.integer("--runs", in: arguments) ?? 5
        let slowRuns = LoadingBenchmark.integer("--slow-runs", in: arguments) ?? 2
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vertsval-issue20-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let ours = LoadingBenchmark.oursIfBuilt()
        var results = [LoadingBenchmark.machineState("at the start of the issue 20 section")]
        /// The command as a whole process (when `vertsval` is built) and then in this process.
        func row(_ command: LoadingBenchmark.WholeProcess, target: String? = nil, inProcess name: String, _ work: () throws -> Void) throws {
            var command = command
            command.slowRuns = slowRuns
            if let ours {
                var whole = command.time(ours, runs: runs)
                whole.target = target
                results.append(whole)
            }
            results.append(try measure("in-process: \(name)", runs: runs, slowRuns: slowRuns, work))
        }

        // 1–2. The national portfolios: load, solve and print; loading alone.
        let nationals = try LoadingBenchmark.writeNationals(into: folder)
        for national in nationals {
            var command = LoadingBenchmark.optimizeNational(national)
            command.name += " (--explain-time-limit 0.001)"
            let limits = TimeLimits(explanation: .milliseconds(1))
            try row(
                command, target: "ahead of HiGHS and CBC",
                inProcess: "optimize national \(national.label), explanation cut to 1 ms (OptimizePortfolio + text)"
            ) {
                _ = try optimizeAndPrint(national.path, timeLimits: limits)
            }
        }
        let loose = nationals[0]
        if let ours {
            results.append(
                LoadingBenchmark.WholeProcess(name: "validate national loose", arguments: ["validate", loose.path]).time(ours, runs: runs))
        }
        for national in nationals { results.append(try LoadingBenchmark.loadNational(national, runs: runs)) }

        // 3. The national loose portfolio with the whole explanation.
        var explained: AssignmentSummary?
        try row(
            .init(name: "optimize national loose, full explanation", arguments: ["optimize", loose.path]),
            inProcess: "optimize national loose, full explanation (OptimizePortfolio + text)"
        ) {
            explained = try optimizeAndPrint(loose.path)
        }
        explained?.note(in: &results[results.count - 1])

        // 4. gap12, instance 5: the default explanation against the solve alone.
        let gapDirectory = ProcessInfo.processInfo.environment["VERTSVAL_GAP_DIR"] ?? "../shared/benchmarks/gap"
        if let gap = try writeGAP12Instance5(from: gapDirectory, into: folder) {
            results += try gapRows(gap, ours: ours, runs: runs, slowRuns: slowRuns)
        } else {
            FileHandle.standardError.write(Data("vertsval-bench: \(gapDirectory)/orlib/gap12.txt not found; gap12_5 left out\n".utf8))
        }

        // 5. The Sogn portfolio with three alternatives, beside PuLP + CBC.
        var sognCommand = LoadingBenchmark.WholeProcess(
            name: "optimize Sogn portfolio --alternatives 3", arguments: ["optimize", sognPortfolio, "--alternatives", "3"])
        if pythonPeer("benchmarks/alternatives-pulp.py", modules: ["pulp", "yaml", "numpy"]) {
            sognCommand.peers.append(
                (
                    "PuLP + CBC (benchmarks/alternatives-pulp.py)",
                    ["python3", "benchmarks/alternatives-pulp.py", sognPortfolio, "--alternatives", "3"]
                ))
        }
        var sogn: AssignmentSummary?
        try row(sognCommand, target: "≥ 15× faster than PuLP + CBC", inProcess: "optimize Sogn portfolio, 3 alternatives (OptimizePortfolio + text)")
        {
            sogn = try optimizeAndPrint(sognPortfolio, alternatives: 3)
        }
        sogn?.note(in: &results[results.count - 1])

        // 6. SMAA-2 beside numpy.
        results.append(try smaaSimplexBenchmark(scale: 1))

        // 7. The Sogn case, beside numpy and pymcdm.
        var evaluate = LoadingBenchmark.WholeProcess(name: "evaluate Sogn case", arguments: ["evaluate", sognCase])
        if pythonPeer("benchmarks/evaluate-numpy.py", modules: ["yaml", "numpy"]) {
            evaluate.peers.append(("numpy (benchmarks/evaluate-numpy.py)", ["python3", "benchmarks/evaluate-numpy.py", sognCase]))
        }
        if pythonPeer("benchmarks/evaluate-pymcdm.py", modules: ["yaml", "pymcdm"]) {
            evaluate.peers.append(("pymcdm WSM (benchmarks/evaluate-pymcdm.py)", ["python3", "benchmarks/evaluate-pymcdm.py", sognCase]))
        }
        try row(evaluate, inProcess: "evaluate Sogn case (EvaluateCase + text)") {
            _ = try StudyOutput.evaluation(try EvaluateCase.run(StudyInput(path: sognCase)), format: .text, language: .nn)
        }

        results.append(LoadingBenchmark.machineState("at the end of the issue 20 section"))
        return results
    }

    /// What an optimisation found, for the notes (so that a run shows it did the work).
    struct AssignmentSummary {
        var objective: Double?
        var bindingRules: Int
        var alternatives: Int
        var cutShort: Bool

        func note(in result: inout BenchmarkResult) {
            result.notes["objective"] = objective.map { String(format: "%.4f", $0) } ?? "none"
            result.notes["bindingRules"] = String(bindingRules)
            result.notes["alternatives"] = String(alternatives)
            result.notes["explanationCutShort"] = String(cutShort)
        }
    }

    /// What `vertsval optimize` does: load, solve, explain and render the text.
    @discardableResult
    static func optimizeAndPrint(
        _ path: String, alternatives: Int = 0, timeLimits: TimeLimits = StudyDefaults.timeLimits, explain: Bool = true
    ) throws -> AssignmentSummary {
        let optimized = try OptimizePortfolio.run(
            .init(input: StudyInput(path: path), alternatives: alternatives, timeLimits: timeLimits, explain: explain))
        _ = try StudyOutput.assignment(optimized, format: .text, language: .nn)
        let result = optimized.result
        return AssignmentSummary(
            objective: result.objective, bindingRules: result.bindingRules.count, alternatives: result.alternatives.count,
            cutShort: result.explanationCutShort)
    }

    /// gap12's fifth instance as a portfolio (maximising, as `vertsval convert-gap` writes
    /// it), or nil when the OR-Library file is not there.
    static func writeGAP12Instance5(from directory: String, into folder: URL) throws -> String? {
        let source = "\(directory)/orlib/gap12.txt"
        guard FileManager.default.fileExists(atPath: source) else { return nil }
        let instances = try GAPInstance.load(path: source)
        guard instances.count >= 5 else { return nil }
        let path = folder.appendingPathComponent("gap12_5.yaml").path
        try PortfolioWriter.write(instances[4].portfolio(sense: .maximize), to: path)
        return path
    }

    /// gap12_5 with the default explanation and with the solve alone (the explanation cut to
    /// 1 ms as a process, `explain: false` in this process), and the ratio of the two.
    static func gapRows(_ path: String, ours: String?, runs: Int, slowRuns: Int) throws -> [BenchmarkResult] {
        var results: [BenchmarkResult] = []
        var whole: [BenchmarkResult] = []
        if let ours {
            for (name, extra) in [
                ("optimize gap12_5, default explanation", [String]()),
                ("optimize gap12_5, solve alone (--explain-time-limit 0.001)", ["--explain-time-limit", "0.001"]),
            ] {
                var command = LoadingBenchmark.WholeProcess(name: name, arguments: ["optimize", path] + extra)
                command.slowRuns = slowRuns
                whole.append(command.time(ours, runs: runs))
            }
        }
        var summary: AssignmentSummary?
        var explained = try measure("in-process: optimize gap12_5, default explanation (OptimizePortfolio + text)", runs: runs, slowRuns: slowRuns) {
            summary = try optimizeAndPrint(path)
        }
        summary?.note(in: &explained)
        var solved = try measure("in-process: optimize gap12_5, solve alone (explain: false, + text)", runs: runs, slowRuns: slowRuns) {
            summary = try optimizeAndPrint(path, explain: false)
        }
        summary?.note(in: &solved)
        for (explainedRow, solvedRow) in [(whole.first, whole.last), (explained, solved)] {
            guard var explainedRow, let solvedRow else { continue }
            explainedRow.target = "within 5× the solve alone"
            explainedRow.notes["explanationOverSolve"] = String(format: "%.2f", explainedRow.medianMs / max(solvedRow.medianMs, 1e-9))
            results += [explainedRow, solvedRow]
        }
        return results
    }

    /// Times `work` in this process: the first run warms up, unless it took over
    /// `LoadingBenchmark.slowSeconds`; then it counts as the first sample and the runs are
    /// capped at `slowRuns`. Median and spread as for the whole-process rows (p90 is the
    /// slowest run).
    static func measure(_ name: String, runs: Int, slowRuns: Int, _ work: () throws -> Void) throws -> BenchmarkResult {
        let clock = ContinuousClock()
        let first = try clock.measure(work).inSeconds
        let slow = first > LoadingBenchmark.slowSeconds
        var samples = slow ? [first] : []
        while samples.count < (slow ? min(runs, slowRuns) : runs) {
            samples.append(try clock.measure(work).inSeconds)
        }
        samples.sort()
        var result = BenchmarkResult(
            name: name, iterations: samples.count, medianMs: LoadingBenchmark.median(samples) * 1000, p90Ms: (samples.last ?? 0) * 1000,
            minMs: (samples.first ?? 0) * 1000)
        if slow { result.notes["runs"] = LoadingBenchmark.slowRunsNote(samples.count) }
        return result
    }

    /// Whether the peer script is there and `python3` can import every module it needs.
    static func pythonPeer(_ script: String, modules: [String]) -> Bool {
        FileManager.default.fileExists(atPath: script) && modules.allSatisfy(LoadingBenchmark.pythonHas)
    }
}
