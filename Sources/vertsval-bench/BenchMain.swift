import Foundation
import Vertsval
import VertsvalOptimizer
import VertsvalReport
import VertsvalStudy
import VertsvalSynthetic

/// `vertsval-bench`: runs the benchmarks and prints the timings as JSON on stdout.
///
/// Run from the package root in a release build: `swift run -c release vertsval-bench`.
/// `--quick` runs fewer iterations (for a smoke test). `--load` runs only the workbench
/// under load (`LoadBenchmark`: `--clients N`, `--requests N`); `--long-words` only the PDF
/// layout of long unbroken words (`LongWordBenchmark`); `--judgements` only the board
/// members' view (`JudgementBenchmark`); `--smaa` only SMAA-2 (with the numpy peer when
/// installed); `--loading` only loading and whole commands at national size
/// (`LoadingBenchmark`: `--runs N`); `--issue20` every row of issue 20's performance table,
/// peers beside (`Issue20Benchmark`: `--runs N`, `--slow-runs N`); `--reports` only the case
/// report as PDF (plain and archive) and HTML.
@main
struct BenchMain {
    static func main() async throws {
        if CommandLine.arguments.contains("--load") {
            try await LoadBenchmark.run(arguments: CommandLine.arguments)
            return
        }
        if CommandLine.arguments.contains("--loading") {
            try printReport(try LoadingBenchmark.run(arguments: CommandLine.arguments))
            return
        }
        if CommandLine.arguments.contains("--issue20") {
            try printReport(try Issue20Benchmark.run(arguments: CommandLine.arguments))
            return
        }
        if CommandLine.arguments.contains("--long-words") {
            try LongWordBenchmark.run(arguments: CommandLine.arguments)
            return
        }
        let quick = CommandLine.arguments.contains("--quick")
        let scale = quick ? 10 : 1
        if CommandLine.arguments.contains("--judgements") {
            try printReport(try JudgementBenchmark.standalone(scale: scale))
            return
        }
        if CommandLine.arguments.contains("--smaa") {
            try printReport(try smaaBenchmarks(scale: scale))
            return
        }
        if CommandLine.arguments.contains("--reports") {
            try printReport(try reportBenchmarks(scale: scale))
            return
        }
        var results: [BenchmarkResult] = []
        if ProcessInfo.processInfo.environment["VERTSVAL_SCALE_ONLY"] != nil {
            // Only the scaling section (issue 6), for iterating on the large-instance solver.
            results = try ScaleBenchmarks.run(quick: quick)
            try printReport(results)
            return
        }

        let bundled = "Cases/sogn/ureining-miljo-tilsyn.yaml"
        var caseResult = try Benchmark(
            "case: load + validate + evaluate + explain (Sogn, 2 candidates × 8 criteria)", iterations: 300 / scale
        ).run { try evaluateAndExplain(bundled) }
        caseResult.target = "< 5 ms"
        results.append(caseResult)

        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("vertsval-bench-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let synthetic = try SyntheticCase.write(candidates: 10, criteria: 30, seed: 42, into: folder)
        var syntheticResult = try Benchmark(
            "case: load + validate + evaluate + explain (synthetic, 10 candidates × 30 criteria)", iterations: 300 / scale
        ).run { try evaluateAndExplain(synthetic) }
        syntheticResult.target = "< 5 ms"
        results.append(syntheticResult)

        let loaded = try Loader.loadCase(at: synthetic)
        let weights = try WeightSet(template: loaded.template)
        var evaluateOnly = Benchmark("case: evaluate + explain only (synthetic, already loaded)", iterations: 1000 / scale).run {
            let evaluation = Evaluator.evaluate(loaded, weights: weights)
            _ = CaseExplanation(evaluation, language: .nn)
        }
        evaluateOnly.notes["purpose"] = "the work a weight slider triggers"
        results.append(evaluateOnly)
        results += try JudgementBenchmark.run(loaded, scale: scale)

        let evaluation = Evaluator.evaluate(loaded, weights: weights)
        results.append(
            Benchmark("report: build and render the text report (synthetic, evaluated)", iterations: 500 / scale).run {
                _ = TextRenderer().render(CaseReport(evaluation, language: .nn).document())
            })

        results += try optimizerBenchmarks(scale: scale)
        results += try ScaleBenchmarks.run(quick: quick)
        results += try smaaBenchmarks(scale: scale)
        results += try robustnessBenchmarks(scale: scale)
        results += try useCaseBenchmarks(scale: scale)

        try printReport(results)
    }

    /// Prints the results with the machine's description as JSON on stdout.
    static func printReport(_ results: [BenchmarkResult]) throws {
        let report = BenchReport(machine: MachineInfo.current, build: isDebugBuild ? "debug" : "release", results: results)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        FileHandle.standardOutput.write(try encoder.encode(report))
        FileHandle.standardOutput.write(Data("\n".utf8))
    }

    /// The Sogn portfolio with full explanation, and synthetic county-size portfolios.
    static func optimizerBenchmarks(scale: Int) throws -> [BenchmarkResult] {
        var results: [BenchmarkResult] = []
        let sogn = try Loader.loadPortfolio(at: "Cases/sogn/tenester-2027.yaml").portfolio
        var full = try Benchmark("optimize: Sogn portfolio + full explanation (9 services × 6)", iterations: 100 / scale).run {
            let result = try AssignmentOptimizer.optimize(sogn, options: .init(alternatives: 3))
            _ = AssignmentExplanation(result, portfolio: sogn, language: .nn)
        }
        full.target = "< 50 ms"
        results.append(full)

        for (label, band) in [("tight (±25 % + 2 FTE)", SyntheticPortfolio.Band(relative: 0.25, absolute: 2)), ("loose (±100 % + 5 FTE)", .loose)] {
            let portfolio = SyntheticPortfolio.make(municipalities: 43, services: 60, band: band, seed: 43)
            var status = ""
            var objective = 0.0
            var result = try Benchmark("optimize: synthetic county 43 × 60, \(label), solve only", iterations: max(1, 10 / scale), warmup: 1).run {
                let solved = try AssignmentOptimizer.optimize(portfolio, options: .init(explain: false))
                status = String(describing: solved.status)
                objective = solved.objective ?? .nan
            }
            result.target = label.hasPrefix("tight") ? "proven optimal < 1 s" : nil
            result.notes["status"] = status
            result.notes["objective"] = String(objective)
            results.append(result)
        }
        return results
    }

    /// The robust assignment of the Sogn portfolio, and the case report as PDF and HTML.
    static func robustnessBenchmarks(scale: Int) throws -> [BenchmarkResult] {
        var results: [BenchmarkResult] = []
        let loaded = try Loader.loadPortfolio(at: "Cases/sogn/tenester-2027.yaml")
        var robust = try Benchmark("robust assignment: Sogn portfolio, 1000 samples", iterations: max(1, 10 / scale), warmup: 1).run {
            _ = try RobustAssignment.run(loaded.portfolio, cases: loaded.cases, samples: 1000, seed: 1)
        }
        robust.target = "< 2 s"
        results.append(robust)
        return results + (try reportBenchmarks(scale: scale))
    }

    /// The bundled case report as PDF (plain and archive) and HTML.
    static func reportBenchmarks(scale: Int) throws -> [BenchmarkResult] {
        var results: [BenchmarkResult] = []
        let bundled = try Loader.loadCase(at: "Cases/sogn/ureining-miljo-tilsyn.yaml")
        let date = CalendarDate(utc: Date(timeIntervalSince1970: 1_770_681_600))  // 2026-02-10
        func document() throws -> Document {
            let evaluation = Evaluator.evaluate(bundled, weights: try WeightSet(template: bundled.template))
            let robustness = try CaseRobustness(evaluation, options: SMAAOptions(samples: 50_000, seed: 1))
            let reproducibility = Reproducibility(
                date: date, toolVersion: "bench", solverVersion: AssignmentOptimizer.solverVersion, seed: 1, samples: 50_000, files: bundled.files)
            return CaseReport(evaluation, language: .nn, options: .report(reproducibility, robustness: robustness)).document()
        }
        let metadata = PDFMetadata(title: "Bench", author: nil, subject: nil, keywords: [], date: date)
        var pdf = try Benchmark("report: bundled case to PDF, plain (evaluate, SMAA 50 000, layout, cairo)", iterations: max(3, 30 / scale)).run {
            _ = try PDFRenderer(profile: .plain).render(try document(), metadata: metadata)
        }
        pdf.target = "< 150 ms"
        results.append(pdf)
        var archive = try Benchmark(
            "report: bundled case to PDF/A-2a, archive (evaluate, SMAA 50 000, layout, tagged cairo, qpdf finishing)", iterations: max(3, 30 / scale)
        ).run {
            _ = try PDFRenderer(profile: .archive).render(try document(), metadata: metadata)
        }
        archive.target = "< 150 ms"
        results.append(archive)
        results.append(
            try Benchmark("report: bundled case to HTML (evaluate, SMAA 50 000)", iterations: max(3, 30 / scale)).run {
                _ = HTMLRenderer().render(try document())
            })
        return results
    }

    /// What the command line and the workbench run, through the application layer: the
    /// whole use case and its output, as a user waits for it.
    static func useCaseBenchmarks(scale: Int) throws -> [BenchmarkResult] {
        let bundled = StudyInput(path: "Cases/sogn/ureining-miljo-tilsyn.yaml")
        let date = CalendarDate(utc: Date(timeIntervalSince1970: 1_770_681_600))  // 2026-02-10
        var results: [BenchmarkResult] = []
        results.append(
            try Benchmark("use case: evaluate the Sogn case and print it (EvaluateCase + text)", iterations: 300 / scale).run {
                _ = try StudyOutput.evaluation(try EvaluateCase.run(bundled), format: .text, language: .nn)
            })
        var report = try Benchmark("use case: the Sogn case report as PDF (PrepareReport + ReportFile, SMAA 50 000)", iterations: max(3, 30 / scale))
            .run {
                _ = try ReportFile.render(try PrepareReport.run(.init(input: bundled, date: date)), format: .pdf, language: .nn)
            }
        report.target = "< 150 ms"
        results.append(report)
        let portfolio = StudyInput(path: "Cases/sogn/tenester-2027.yaml")
        results.append(
            try Benchmark("use case: optimise the Sogn portfolio and print it (OptimizePortfolio, 3 alternatives + text)", iterations: 100 / scale)
                .run {
                    _ = try StudyOutput.assignment(try OptimizePortfolio.run(.init(input: portfolio, alternatives: 3)), format: .text, language: .nn)
                })
        return results
    }

    /// Everything `vertsval evaluate` does before rendering.
    static func evaluateAndExplain(_ path: String) throws {
        let loaded = try Loader.loadCase(at: path)
        let weights = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides)
        let evaluation = Evaluator.evaluate(loaded, weights: weights)
        _ = CaseExplanation(evaluation, language: .nn)
    }

    static var isDebugBuild: Bool {
        #if DEBUG
            true
        #else
            false
        #endif
    }
}

/// The whole benchmark output.
struct BenchReport: Encodable {
    let machine: MachineInfo
    let build: String
    let results: [BenchmarkResult]
}

/// What the numbers were measured on.
struct MachineInfo: Encodable {
    let cores: Int
    let memoryGiB: Double
    let os: String

    static var current: MachineInfo {
        let info = ProcessInfo.processInfo
        return MachineInfo(
            cores: info.activeProcessorCount, memoryGiB: (Double(info.physicalMemory) / 1_073_741_824 * 10).rounded() / 10,
            os: info.operatingSystemVersionString)
    }
}
