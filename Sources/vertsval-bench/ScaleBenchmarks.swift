import Foundation
import GLPK
import LargeAssignmentSearch
import Vertsval
import VertsvalOptimizer
import VertsvalSynthetic

/// The scaling benchmarks of issue 6: the OR-Library gap1–12 set (maximisation, every
/// optimum proven), Yagiura's c10400/c40400 (time to the known optimum), type D (gap after a
/// time limit) and the synthetic county and national portfolios, each solved with
/// ``ScaledSolve`` (GLPK inside).
///
/// Environment (all optional):
/// - `VERTSVAL_SCALE_ONLY`: set to run only these scaling benchmarks (no other section).
/// - `VERTSVAL_SCALE`: comma-separated sections, `gap`, `yagiura`, `typed`, `national`,
///   `county` (default all; `none` skips the scaling benchmarks).
/// - `VERTSVAL_GAP_DIR`: the GAP data folder (default `../shared/benchmarks/gap`).
/// - `VERTSVAL_SCALE_RUNS`: runs per instance for the median (default 3; 1 with `--quick`).
/// - `VERTSVAL_TYPED_LIMIT`: the time limit for type D, in seconds (default 60; 10 with `--quick`).
/// - `VERTSVAL_SCALE_LIMIT`: the time limit for c10400/c40400, in seconds (default 60).
/// - `VERTSVAL_HEURISTIC_SHARE`: the heuristics' share of a time limit (default the
///   solver's, ``ScaledSolve/Options/heuristicShare``), for measuring other shares.
/// - `VERTSVAL_EXPORT_ONLY`: set to only export (no solving).
/// - `VERTSVAL_EXPORT_LP`: a folder to write each instance's LP file and a `manifest.json`
///   into, for `benchmarks/compare-solvers.py` (HiGHS and CBC on the same models).
enum ScaleBenchmarks {
    /// One instance of the comparison, as written to the manifest.
    struct ManifestEntry: Encodable {
        let name: String
        let group: String
        let lp: String
        /// `instance objective = offset + factor × LP objective`.
        let offset: Double
        let factor: Double
        let sense: String
        let known: Double?
        let timeLimit: Double
    }

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The heuristics' share of a time limit (`VERTSVAL_HEURISTIC_SHARE`, for measuring
    /// other shares; the solver's default otherwise).
    static var heuristicShare: Double {
        environment["VERTSVAL_HEURISTIC_SHARE"].flatMap(Double.init) ?? ScaledSolve.Options().heuristicShare
    }

    /// Runs the selected sections and returns their results.
    static func run(quick: Bool) throws -> [BenchmarkResult] {
        let sections = Set((environment["VERTSVAL_SCALE"] ?? "gap,yagiura,typed,national,county").split(separator: ",").map(String.init))
        if sections.contains("none") { return [] }
        let folder = environment["VERTSVAL_GAP_DIR"] ?? "../shared/benchmarks/gap"
        let runs = environment["VERTSVAL_EXPORT_ONLY"] != nil ? 0 : Int(environment["VERTSVAL_SCALE_RUNS"] ?? "") ?? (quick ? 1 : 3)
        let typedLimit = Double(environment["VERTSVAL_TYPED_LIMIT"] ?? "") ?? (quick ? 10 : 60)
        let export = environment["VERTSVAL_EXPORT_LP"]
        if let export { try FileManager.default.createDirectory(atPath: export, withIntermediateDirectories: true) }
        var manifest: [ManifestEntry] = []
        var results: [BenchmarkResult] = []
        let hasData = FileManager.default.fileExists(atPath: folder + "/orlib/gap1.txt")

        if let one = environment["VERTSVAL_SCALE_INSTANCE"] {
            results.append(try instance(folder: folder, spec: one, runs: runs))
        }
        if sections.contains("gap"), hasData {
            results.append(try orLibrary(folder: folder, runs: runs, export: export, manifest: &manifest))
        }
        if sections.contains("yagiura"), hasData {
            let known = ["c10400": 5597.0, "c40400": 4244]
            for name in ["c10400", "c40400"] {
                results.append(
                    try single(
                        folder: folder, name: name, group: "yagiura", known: known[name], limit: 60, runs: runs, export: export,
                        manifest: &manifest))
            }
        }
        if sections.contains("typed"), hasData {
            let brackets = ["d05200": (12741.0, 12742.0), "d10200": (12426, 12432), "d20200": (12230, 12241), "d10400": (24959, 24963)]
            for name in ["d05200", "d10200", "d20200", "d10400"] {
                var result = try single(
                    folder: folder, name: name, group: "typeD", known: nil, limit: typedLimit, runs: runs, export: export,
                    manifest: &manifest)
                if let bracket = brackets[name] { result.notes["literature"] = "[\(Int(bracket.0)), \(Int(bracket.1))]" }
                results.append(result)
            }
        }
        for (section, municipalities, services) in [("national", 356, 100), ("county", 43, 60)] where sections.contains(section) {
            for (label, band) in [("loose", SyntheticPortfolio.Band(relative: 1.0, absolute: 5)), ("tight", .tight)] {
                results.append(
                    try synthetic(
                        municipalities: municipalities, services: services, band: band, label: label, limit: label == "tight" ? 10 : 60,
                        runs: runs, export: export, manifest: &manifest))
            }
        }
        if let export {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(manifest).write(to: URL(fileURLWithPath: export + "/manifest.json"))
        }
        return results
    }

    /// The 60 OR-Library instances gap1–12 as maximisation: total time, all proven?
    static func orLibrary(folder: String, runs: Int, export: String?, manifest: inout [ManifestEntry]) throws -> BenchmarkResult {
        let optima: [Int] = [
            336, 327, 339, 341, 326, 434, 436, 420, 419, 428, 580, 564, 573, 570, 564, 656, 644, 673, 647, 664, 563, 558, 564, 568, 559,
            761, 759, 758, 752, 747, 942, 949, 968, 945, 951, 1133, 1134, 1141, 1117, 1127, 709, 717, 712, 723, 706, 958, 963, 960, 947, 947,
            1139, 1178, 1195, 1171, 1171, 1451, 1449, 1433, 1447, 1446,
        ]
        var instances: [GAPInstance] = []
        for file in 1...12 { instances += try GAPInstance.load(path: "\(folder)/orlib/gap\(file).txt") }
        var totals: [Double] = []
        var proven = 0
        var matched = 0
        var slowest = (name: "", seconds: 0.0)
        var perInstance: [String: Double] = [:]
        if let export {
            for (k, instance) in instances.enumerated() {
                let path = "\(export)/\(instance.name).lp"
                try AssignmentOptimizer.cplexLP(of: instance.portfolio(sense: .maximize)).write(toFile: path, atomically: true, encoding: .utf8)
                manifest.append(
                    ManifestEntry(
                        name: instance.name, group: "orlib", lp: path, offset: 0, factor: 1, sense: "max", known: Double(optima[k]),
                        timeLimit: 60))
            }
        }
        for _ in 0..<runs {
            var total = 0.0
            proven = 0
            matched = 0
            for (k, instance) in instances.enumerated() {
                let model = AssignmentModel(instance.portfolio(sense: .maximize))
                let clock = ContinuousClock()
                var outcome: ScaledSolve.Outcome?
                let elapsed = try clock.measure { outcome = try ScaledSolve.solve(model) }
                let seconds = elapsed.inSeconds
                total += seconds
                perInstance[instance.name, default: 0] += seconds / Double(runs)
                if seconds > slowest.seconds { slowest = (instance.name, seconds) }
                if outcome?.proof == .optimal { proven += 1 }
                if let objective = outcome?.objective, Int(objective.rounded()) == optima[k] { matched += 1 }
            }
            totals.append(total)
        }
        totals.sort()
        var result = BenchmarkResult(
            name: "scale: OR-Library gap1–12, 60 instances (max), ScaledSolve total", iterations: runs,
            medianMs: (totals.isEmpty ? 0 : totals[totals.count / 2]) * 1000, p90Ms: (totals.last ?? 0) * 1000, minMs: (totals.first ?? 0) * 1000)
        result.target = "every known optimum proven; total below HiGHS's"
        result.notes["proven"] = "\(proven)/60"
        result.notes["matchesORLibrary"] = "\(matched)/60"
        result.notes["slowest"] = "\(slowest.name) \(String(format: "%.3f", slowest.seconds)) s"
        let sorted = perInstance.sorted { $0.value > $1.value }.prefix(5)
        result.notes["slowestMeans"] = sorted.map { "\($0.key) \(String(format: "%.3f", $0.value))" }.joined(separator: ", ")
        return result
    }

    /// One instance given as `FILE#k:max` or `FILE#k:min` (FILE relative to the data
    /// folder, `#k` the instance in an OR-Library file), with the phases' details.
    static func instance(folder: String, spec: String, runs: Int) throws -> BenchmarkResult {
        let parts = spec.split(separator: ":")
        let sense: GAPInstance.Sense = parts.count > 1 && parts[1] == "min" ? .minimize : .maximize
        let fileParts = parts[0].split(separator: "#")
        let k = fileParts.count > 1 ? Int(fileParts[1]) ?? 1 : 1
        let all = try GAPInstance.load(path: "\(folder)/\(fileParts[0])")
        let instance = all[max(0, min(all.count - 1, k - 1))]
        let mapping = instance.valueMapping(sense: sense)
        let model = AssignmentModel(instance.portfolio(sense: sense))
        var totals: [Double] = []
        var notes: [String: String] = [:]
        for run in 0..<runs {
            let clock = ContinuousClock()
            var outcome: ScaledSolve.Outcome?
            let limit = Double(environment["VERTSVAL_SCALE_LIMIT"] ?? "") ?? 60
            let elapsed = try clock.measure {
                outcome = try ScaledSolve.solve(
                    model, options: .init(timeLimit: .seconds(limit), heuristicShare: heuristicShare, seed: UInt64(run + 1)))
            }
            totals.append(elapsed.inSeconds)
            guard let outcome else { continue }
            notes["objective"] = outcome.objective.map { String(mapping.instanceObjective($0, jobs: instance.jobs)) } ?? "none"
            notes["objectives", default: ""] += (run == 0 ? "" : ", ") + (notes["objective"] ?? "none")
            notes["bound"] = outcome.bound.map { String(mapping.instanceObjective($0, jobs: instance.jobs)) } ?? "none"
            notes["lagrangian"] = outcome.lagrangianBound.map { String(mapping.instanceObjective($0, jobs: instance.jobs)) } ?? "none"
            notes["proof"] = "\(outcome.proof)"
            notes["phaseEnds"] = outcome.phaseEnds.map(\.description).joined(separator: "; ")
            notes["phases"] =
                "fixed \(outcome.fixedColumns)/\(outcome.columns), knapsack \(outcome.knapsackRelaxation), heuristic \(String(format: "%.3f", outcome.heuristicSeconds)) s, GLPK \(String(format: "%.3f", outcome.glpkSeconds)) s, \(outcome.glpkTermination.map { "\($0)" } ?? "no GLPK")"
            notes["trace"] = outcome.trace.map {
                "\(String(format: "%.3f", $0.seconds)) \(mapping.instanceObjective($0.objective, jobs: instance.jobs)) \($0.source.rawValue)"
            }.joined(separator: "; ")
        }
        totals.sort()
        var result = BenchmarkResult(
            name: "scale: \(instance.name) (\(sense.rawValue))", iterations: runs, medianMs: (totals.isEmpty ? 0 : totals[totals.count / 2]) * 1000,
            p90Ms: (totals.last ?? 0) * 1000, minMs: (totals.first ?? 0) * 1000)
        result.notes = notes
        return result
    }

    /// A single-file instance as minimisation: time to the known optimum (or the gap at the
    /// limit), in the instance's own sense.
    static func single(
        folder: String, name: String, group: String, known: Double?, limit: Double, runs: Int, export: String?,
        manifest: inout [ManifestEntry]
    ) throws -> BenchmarkResult {
        guard let instance = try GAPInstance.load(path: "\(folder)/single/\(name).txt").first else {
            return BenchmarkResult(name: "scale: \(name)", iterations: 0, medianMs: 0, p90Ms: 0, minMs: 0)
        }
        let portfolio = instance.portfolio(sense: .minimize)
        let mapping = instance.valueMapping(sense: .minimize)
        let model = AssignmentModel(portfolio)
        let offset = Double(instance.jobs * mapping.constant)
        if let export {
            let path = "\(export)/\(name).lp"
            try AssignmentOptimizer.cplexLP(of: portfolio).write(toFile: path, atomically: true, encoding: .utf8)
            manifest.append(
                ManifestEntry(name: name, group: group, lp: path, offset: offset, factor: -1, sense: "min", known: known, timeLimit: limit))
        }
        var reach: [Double] = []
        var totals: [Double] = []
        var finals: [Double] = []
        var bounds: [Double] = []
        var gaps: [Double] = []
        var detail = ""
        for run in 0..<runs {
            let clock = ContinuousClock()
            var outcome: ScaledSolve.Outcome?
            let elapsed = try clock.measure {
                outcome = try ScaledSolve.solve(
                    model, options: .init(timeLimit: .seconds(limit), heuristicShare: heuristicShare, seed: UInt64(run + 1)))
            }
            totals.append(elapsed.inSeconds)
            guard let outcome, let objective = outcome.objective else { continue }
            let value = offset - objective
            finals.append(value)
            if let bound = outcome.bound {
                let lower = offset - bound
                bounds.append(lower)
                gaps.append((value - lower) / value)
            }
            if let known, let hit = outcome.trace.first(where: { offset - $0.objective <= known + 1e-6 }) { reach.append(hit.seconds) }
            detail =
                "fixed \(outcome.fixedColumns)/\(outcome.columns), knapsack \(outcome.knapsackRelaxation), heuristic \(String(format: "%.2f", outcome.heuristicSeconds)) s, GLPK \(String(format: "%.2f", outcome.glpkSeconds)) s, \(outcome.glpkTermination.map { "\($0)" } ?? "no GLPK"), proof \(outcome.proof)"
        }
        func median(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.sorted()[values.count / 2] }
        let timed = known != nil && reach.count == runs ? reach : totals
        var result = BenchmarkResult(
            name: known != nil ? "scale: \(name) (min), time to the known optimum \(Int(known ?? 0))" : "scale: \(name) (min), \(Int(limit)) s limit",
            iterations: runs, medianMs: (median(timed) ?? 0) * 1000, p90Ms: (timed.max() ?? 0) * 1000, minMs: (timed.min() ?? 0) * 1000)
        result.target = known != nil ? "known optimum faster than HiGHS" : "gap at \(Int(limit)) s below HiGHS's"
        result.notes["objective"] = median(finals).map { String(Int($0.rounded())) } ?? "none"
        result.notes["objectives"] = finals.map { String(Int($0.rounded())) }.joined(separator: ", ")
        result.notes["bound"] = median(bounds).map { String(format: "%.2f", $0) } ?? "none"
        result.notes["gapPercent"] = median(gaps).map { String(format: "%.4f", 100 * $0) } ?? "none"
        result.notes["reachedKnown"] = known != nil ? "\(reach.count)/\(runs)" : "n/a"
        result.notes["totalSeconds"] = median(totals).map { String(format: "%.2f", $0) } ?? "none"
        result.notes["lastRun"] = detail
        return result
    }

    /// A synthetic portfolio (SyntheticPortfolio, seed from `VERTSVAL_NATIONAL_SEED` or 42
    /// for the nation — seed 356 gives contradictory rules —, 43 for the county).
    static func synthetic(
        municipalities: Int, services: Int, band: SyntheticPortfolio.Band, label: String, limit: Double, runs: Int, export: String?,
        manifest: inout [ManifestEntry]
    ) throws -> BenchmarkResult {
        let seed = municipalities == 356 ? UInt64(environment["VERTSVAL_NATIONAL_SEED"] ?? "") ?? 42 : 43
        let portfolio = SyntheticPortfolio.make(municipalities: municipalities, services: services, band: band, seed: seed)
        let model = AssignmentModel(portfolio)
        let name = "\(municipalities)x\(services)-\(label)"
        if let export {
            let path = "\(export)/\(name).lp"
            try AssignmentOptimizer.cplexLP(of: portfolio).write(toFile: path, atomically: true, encoding: .utf8)
            manifest.append(
                ManifestEntry(name: name, group: "synthetic", lp: path, offset: 0, factor: 1, sense: "max", known: nil, timeLimit: 120))
        }
        var totals: [Double] = []
        var objectives: [Double] = []
        var gaps: [Double] = []
        var proven = 0
        var detail = ""
        for run in 0..<runs {
            let clock = ContinuousClock()
            var outcome: ScaledSolve.Outcome?
            let elapsed = try clock.measure {
                outcome = try ScaledSolve.solve(
                    model, options: .init(timeLimit: .seconds(limit), heuristicShare: heuristicShare, seed: UInt64(run + 1)))
            }
            totals.append(elapsed.inSeconds)
            if let outcome {
                if let objective = outcome.objective { objectives.append(objective) }
                if let gap = outcome.relativeGap { gaps.append(gap) }
                if outcome.proof == .optimal { proven += 1 }
                detail =
                    "fixed \(outcome.fixedColumns)/\(outcome.columns), knapsack \(outcome.knapsackRelaxation), heuristic \(String(format: "%.2f", outcome.heuristicSeconds)) s, GLPK \(String(format: "%.2f", outcome.glpkSeconds)) s, \(outcome.glpkTermination.map { "\($0)" } ?? "no GLPK"), Lagrangian bound \(outcome.lagrangianBound.map { String(format: "%.2f", $0) } ?? "none")"
            }
        }
        totals.sort()
        let bandText = "±\(Int(band.relative * 100)) % + \(Int(band.absolute)) FTE"
        var result = BenchmarkResult(
            name: "scale: synthetic \(municipalities) × \(services), \(label) (\(bandText)), ScaledSolve \(Int(limit)) s limit, seed \(seed)",
            iterations: runs, medianMs: (totals.isEmpty ? 0 : totals[totals.count / 2]) * 1000, p90Ms: (totals.last ?? 0) * 1000,
            minMs: (totals.first ?? 0) * 1000)
        result.target = label == "tight" ? "within 1 % of the optimum in under 10 s" : "optimal, no slower than HiGHS"
        result.notes["objective"] = objectives.sorted().dropFirst(objectives.count / 2).first.map { String($0) } ?? "none"
        result.notes["gapPercent"] = gaps.isEmpty ? "none" : String(format: "%.4f", 100 * gaps.sorted()[gaps.count / 2])
        result.notes["proven"] = "\(proven)/\(runs)"
        result.notes["lastRun"] = detail
        return result
    }
}

extension Duration {
    /// The duration in seconds.
    var inSeconds: Double {
        let (s, a) = components
        return Double(s) + Double(a) * 1e-18
    }
}
