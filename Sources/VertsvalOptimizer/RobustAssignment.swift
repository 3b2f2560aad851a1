internal import GLPK
internal import SplitMix
public import Vertsval

/// How often each service keeps its host when the weights and scores of the cases behind
/// the values are sampled: the robustness of a whole assignment.
///
/// Each sample draws weights for every case-valued service from its template's weight
/// uncertainty and each score from its range (low–high, or the assessors' scores), as the
/// case's own SMAA analysis does, recomputes the candidates' totals, and re-solves the
/// assignment with GLPK. All samples reuse one GLPK problem: only the
/// objective changes, and the simplex starts from the previous basis.
public struct RobustAssignment: Sendable {
    /// One service's stability.
    public struct Service: Sendable, Hashable {
        /// The service id.
        public let service: PortfolioService.ID
        /// Its host in the optimal assignment with the template's weights.
        public let host: Municipality.ID
        /// The share of samples (0–1) in which it keeps that host.
        public let kept: Double
        /// Host → share of samples, over every host it got.
        public let hosts: [Municipality.ID: Double]
        /// Whether the values vary at all (services with typed-in values or a decided host
        /// only move when others push them).
        public let valuesVary: Bool
    }

    /// Services that keep their host in less than this share of samples are "contested".
    public static let contestedBelow = 0.9

    /// The samples drawn.
    public let samples: Int
    /// The seed.
    public let seed: UInt64
    /// Per service, in portfolio order.
    public let services: [Service]
    /// Samples for which no assignment satisfied the rules.
    public let infeasibleSamples: Int

    /// The contested services.
    public var contested: [Service] { services.filter { $0.kept < Self.contestedBelow } }

    /// Samples `samples` weightings and re-solves.
    ///
    /// - Parameters:
    ///   - cases: the case behind each case-valued service (from `LoadedPortfolio.cases`).
    ///   - weightSpread: replaces every template's weight uncertainty (0.2 = ±20 %).
    ///   - timeLimit: the limit of each solve; a sample whose solve runs out of time
    ///     without an assignment counts as one without a feasible assignment.
    /// - Throws: `OptimizerError.sampling` when a weight space cannot be sampled, or for a
    ///   number the solver cannot take.
    public static func run(
        _ portfolio: Portfolio, cases: [PortfolioService.ID: LoadedCase], samples: Int, seed: UInt64, weightSpread: Double? = nil,
        timeLimit: Duration? = nil
    ) throws(OptimizerError) -> RobustAssignment {
        do {
            return try sampleAndSolve(portfolio, cases: cases, samples: samples, seed: seed, weightSpread: weightSpread, timeLimit: timeLimit)
        } catch let error as SMAAError {
            throw .sampling(error)
        } catch let error as WeightError {
            throw .weights(error)
        } catch let error as GLPKError {
            throw OptimizerError(error)
        } catch {
            throw .internalFailure(detail: String(describing: error))
        }
    }

    static func sampleAndSolve(
        _ portfolio: Portfolio, cases: [PortfolioService.ID: LoadedCase], samples: Int, seed: UInt64, weightSpread: Double?,
        timeLimit: Duration?
    ) throws -> RobustAssignment {
        let model = AssignmentModel(portfolio)
        // Per case-valued service: the ranked candidates' values and sampled weights.
        struct Varying {
            var service: Int
            var municipalities: [Municipality.ID]
            var values: [[ValueDistribution]]  // [candidate][criterion]
            var weights: [[Double]]  // [sample][criterion]
        }
        var varying: [Varying] = []
        for (s, service) in portfolio.services.enumerated() {
            guard service.decidedHost == nil, let loaded = cases[service.id] else { continue }
            let weights = try WeightSet(template: loaded.template, overrides: loaded.case.weightOverrides)
            let evaluation = Evaluator.evaluate(loaded, weights: weights)
            var uncertainty = loaded.case.uncertainty?.weights ?? loaded.template.weightUncertainty
            if let weightSpread { uncertainty = .spread(weightSpread) }
            let problem = CaseRobustness.problem(evaluation, uncertainty: uncertainty)
            let sampler = try WeightSampler(problem.weights, criteria: problem.criteria)
            let drawn = try sampler.samples(count: samples, seed: seed &+ UInt64(s) &* 0x9E37_79B9)
            varying.append(
                Varying(
                    service: s, municipalities: evaluation.ranked.map(\.municipality.id),
                    values: problem.values,
                    weights: drawn.weights))
        }
        let base = model.linearModel()
        var coefficients = base.columns.map(\.objectiveCoefficient)
        let columnIndex = Dictionary(uniqueKeysWithValues: model.pairs.enumerated().map { ($1, $0) })
        var options = SolveOptions()
        options.cuts = [.gomory, .mixedIntegerRounding, .cover, .clique]
        options.timeLimit = timeLimit

        var counts = [[Municipality.ID: Int]](repeating: [:], count: portfolio.services.count)
        var infeasible = 0
        let optimumHosts: [Int] = try Solver.withSession(for: base) { solver in
            let first = try solver.solve(options: options)
            guard first.hasFeasiblePoint else { return [] }
            let hosts = model.hosts(in: first.columnValues)
            // Scores from their own stream, so that the weights drawn are those of a run
            // without score ranges (common random numbers).
            var scores = SplitMix64(seed: seed ^ 0x5C0E_5EED_0000_0001)
            for index in 0..<samples {
                for item in varying {
                    let importance = portfolio.services[item.service].importance
                    for (candidate, municipality) in item.municipalities.enumerated() {
                        guard let column = columnIndex[AssignmentModel.Pair(service: item.service, municipality: municipality)] else { continue }
                        var total = 0.0
                        for (k, weight) in item.weights[index].enumerated() {
                            let distribution = item.values[candidate][k]
                            let value = if case .fixed(let fixed) = distribution { fixed } else { distribution.value(at: scores.uniform(0, 1)) }
                            total += weight * value
                        }
                        coefficients[column] = importance * total
                    }
                }
                try solver.setObjectiveCoefficients(coefficients)
                let solution = try solver.solve(options: options)
                guard solution.hasFeasiblePoint else {
                    infeasible += 1
                    continue
                }
                for (s, column) in model.hosts(in: solution.columnValues).enumerated() {
                    counts[s][model.pairs[column].municipality, default: 0] += 1
                }
            }
            return hosts
        }
        let solved = max(1, samples - infeasible)
        let services = portfolio.services.enumerated().map { s, service -> Service in
            let host = optimumHosts.isEmpty ? "" : model.pairs[optimumHosts[s]].municipality
            let shares = counts[s].mapValues { Double($0) / Double(solved) }
            return Service(
                service: service.id, host: host, kept: shares[host] ?? 0, hosts: shares,
                valuesVary: varying.contains { $0.service == s })
        }
        return RobustAssignment(samples: samples, seed: seed, services: services, infeasibleSamples: infeasible)
    }
}
