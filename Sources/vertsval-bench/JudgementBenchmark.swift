import Foundation
import SplitMix
import Vertsval

/// The board members' benchmark: six members' judgements of the synthetic case's 30
/// criteria (two rank orders, two swing weightings, two full pairwise matrices of 435
/// judgements each, all from `SplitMix64(seed: 11)`), turned into the group's view — every
/// member's weights (power iteration for the pairwise ones), each member's evaluation, the
/// group weight, the spread and the result without candidate-municipality members — and
/// SMAA-2 over the members' weight vectors.
enum JudgementBenchmark {
    /// Six judgements of `loaded`'s criteria, members from its region's municipalities.
    static func judgements(for loaded: LoadedCase) -> [Judgement] {
        var rng = SplitMix64(seed: 11)
        let criteria = loaded.template.criteria.map(\.id)
        let n = criteria.count
        let municipalities = loaded.region.municipalities.map(\.id)
        return (0..<6).map { index in
            let method: Judgement.Method
            switch index % 3 {
            case 0: method = .rank(ranks: (0..<n).map { _ in rng.integer(1...n) }, rule: .centroid)
            case 1:
                var points = (0..<n).map { _ in Double(rng.integer(0...100)) }
                points[rng.integer(0...(n - 1))] = 100
                method = .swing(points: points)
            default:
                method = .pairwise(
                    upperTriangle: (0..<n).map { i in (0..<max(0, n - 1 - i)).map { _ in SaatyValue.scale[rng.integer(4...12)] } })
            }
            return Judgement(
                member: "Medlem \(index + 1)", municipality: municipalities[index % municipalities.count], template: loaded.template.id,
                criteria: criteria, method: method)
        }
    }

    /// The benchmark on its own, on the synthetic case of 10 candidates × 30 criteria.
    static func standalone(scale: Int) throws -> [BenchmarkResult] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vertsval-bench-judgements-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let synthetic = try SyntheticCase.write(candidates: 10, criteria: 30, seed: 42, into: folder)
        return try run(try Loader.loadCase(at: synthetic), scale: scale)
    }

    /// The group's view, and SMAA-2 (100 000 samples, every core) over the members' weights.
    static func run(_ loaded: LoadedCase, scale: Int) throws -> [BenchmarkResult] {
        var withJudgements = loaded
        withJudgements.case.judgements = judgements(for: loaded)
        let weights = try WeightSet(template: loaded.template)
        let evaluation = Evaluator.evaluate(withJudgements, weights: weights)
        var view: GroupView?
        var group = Benchmark(
            "judgements: 6 members × 30 criteria (2 rank, 2 swing, 2 pairwise) → group view (synthetic, 10 candidates)",
            iterations: max(1, 100 / scale)
        ).run { view = GroupView(evaluation) }
        group.target = "< 20 ms"
        guard let view else { return [group] }
        var smaa = try Benchmark("judgements: SMAA-2 over the 6 members' weights, 100 000 samples (all cores)", iterations: max(1, 11 / scale))
            .run { _ = try view.robustness(of: evaluation, options: SMAAOptions(samples: 100_000, seed: 1)) }
        smaa.notes["purpose"] = "the members' view in a report"
        return [group, smaa]
    }
}
