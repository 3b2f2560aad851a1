import AssignmentTestSupport
import Foundation
import SplitMix
import Testing
import Vertsval
import VertsvalOptimizer
import VertsvalTestSupport

/// The exported model, solved by glpsol, gives the in-process objective.
@Suite struct ModelExportTests {
    static func glpsol(_ arguments: [String]) throws -> Double {
        let candidates = ["/usr/bin/glpsol", "/usr/local/bin/glpsol"]
        guard let executable = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            Issue.record("glpsol not found: install Debian's glpk-utils (CI does)")
            return .nan
        }
        let folder = TestSupport.temporaryFolder("glpsol")
        let output = folder.appendingPathComponent("solution.txt").path
        let result = try runProcess(executable, arguments + ["-o", output])
        #expect(result.status == 0, "glpsol failed: \(result.stdout) \(result.stderr)")
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        // "Objective:  obj = 335.2 (MAXimum)"
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
            let equals = line.firstIndex(of: "=")
        else { return .nan }
        let number = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? ""
        return Double(number) ?? .nan
    }

    @Test("LP and MPS of the Sogn portfolio give the same optimum in glpsol")
    func sognExport() throws {
        let loaded = try Loader.loadPortfolio(at: TestSupport.path("Cases/sogn/tenester-2027.yaml"))
        let result = try AssignmentOptimizer.optimize(loaded.portfolio, options: .init(explain: false))
        let objective = try #require(result.objective)
        let folder = TestSupport.temporaryFolder("export")
        let lp = TestSupport.write(try AssignmentOptimizer.cplexLP(of: loaded.portfolio), to: "model.lp", in: folder)
        #expect(abs(try Self.glpsol(["--lp", lp]) - objective) < 1e-6)
        let mps = try AssignmentOptimizer.freeMPS(of: loaded.portfolio)
        #expect(mps.contains("OBJSENSE"))
        // glpsol does not read OBJSENSE: drop the section and say --max.
        let lines = mps.split(separator: "\n", omittingEmptySubsequences: false)
        var kept: [Substring] = []
        var skipNext = false
        for line in lines {
            if skipNext {
                skipNext = false
                continue
            }
            if line.hasPrefix("OBJSENSE") {
                skipNext = !line.contains("MAX")
                continue
            }
            kept.append(line)
        }
        let plain = TestSupport.write(kept.joined(separator: "\n"), to: "model.mps", in: folder)
        #expect(abs(try Self.glpsol(["--freemps", plain, "--max"]) - objective) < 1e-6)
    }

    @Test("Random portfolios: the exported LP reproduces the optimum", arguments: 0..<5)
    func randomExport(seed: Int) throws {
        var rng = SeededGenerator(seed: UInt64(100 + seed))
        var portfolio = RandomPortfolio.make(&rng)
        while BruteForce.all(portfolio).isEmpty { portfolio = RandomPortfolio.make(&rng) }
        let result = try AssignmentOptimizer.optimize(portfolio, options: .init(explain: false))
        let folder = TestSupport.temporaryFolder("export")
        let lp = TestSupport.write(try AssignmentOptimizer.cplexLP(of: portfolio), to: "model.lp", in: folder)
        #expect(abs(try Self.glpsol(["--lp", lp]) - (result.objective ?? .nan)) < 1e-6)
    }
}

@Suite struct SognPortfolioTests {
    @Test("The Sogn portfolio: decided hosts kept, rules kept, explanation consistent")
    func sogn() throws {
        let loaded = try Loader.loadPortfolio(at: TestSupport.path("Cases/sogn/tenester-2027.yaml"))
        let portfolio = loaded.portfolio
        let result = try AssignmentOptimizer.optimize(portfolio, options: .init(alternatives: 2))
        #expect(result.status == .optimal)
        #expect(result.host(of: "barnevern") == "sogndal")
        #expect(result.host(of: "nav-sogn") == "ardal")
        #expect(result.host(of: "kart-oppmaling-gis") == "luster")
        #expect(result.host(of: "skog-i-sogn") == "vik")
        #expect(result.host(of: "ppt") == result.host(of: "kulturskule"))
        #expect(result.host(of: "lonn") != result.host(of: "naering"))
        let hosts = portfolio.services.map { result.host(of: $0.id) ?? "" }
        #expect(BruteForce.feasible(portfolio, hosts: hosts))
        #expect(abs((BruteForce.all(portfolio).first?.objective ?? 0) - (result.objective ?? 0)) < 1e-6)
        // Values from the case files: ureining's values are the case totals.
        let ureining = try #require(portfolio.service("ureining-miljo-tilsyn"))
        let evaluation = Evaluator.evaluate(try TestSupport.bundledCase(), weights: try WeightSet(template: try TestSupport.bundledCase().template))
        #expect(ureining.values["luster"] == evaluation.result(for: "luster")?.total)
        // Loads add up.
        #expect(abs(result.loads.reduce(0) { $0 + $1.fte } - portfolio.totalFTE) < 1e-9)
    }

    @Test("Cost shares follow the key: 25 % equal, 75 % by population")
    func costShares() throws {
        let loaded = try Loader.loadPortfolio(at: TestSupport.path("Cases/sogn/tenester-2027.yaml"))
        let key = try #require(loaded.portfolio.region.costKey)
        let shares = CostSharing.shares(key: key, region: loaded.portfolio.region)
        // Independent: Sogndal 0.25/6 + 0.75 · 12097/28990.
        #expect(abs((shares["sogndal"] ?? 0) - (0.25 / 6 + 0.75 * 12097 / 28990)) < 1e-12)
        #expect(abs(shares.values.reduce(0, +) - 1) < 1e-12)
        // The other published key: 30 % equal, 70 % by population.
        let other = CostSharing.shares(key: CostKey(equalShare: 0.3), region: loaded.portfolio.region)
        #expect(abs((other["vik"] ?? 0) - (0.3 / 6 + 0.7 * 2560 / 28990)) < 1e-12)
        let positions = NetPosition.positions(loaded.portfolio, hosts: ["barnevern": "sogndal"])
        #expect(abs(positions.reduce(0) { $0 + $1.cost } - loaded.portfolio.services.compactMap(\.budget).reduce(0, +)) < 1e-6)
        #expect(positions.first { $0.municipality == "sogndal" }?.hostedFTE == 18)
    }
}
