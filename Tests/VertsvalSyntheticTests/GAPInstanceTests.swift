import Foundation
import Testing
import Vertsval
import VertsvalSynthetic
import VertsvalTestSupport

/// Reading GAP benchmark files and turning them into portfolios that load back.
@Suite struct GAPInstanceTests {
    /// A 2-agent, 3-job instance in the single-file layout.
    static let single = """
         2 3
         5 7 3
         6 2 9
         4 3 5
         2 6 4
         8 9
        """

    @Test("A single-instance file is read as costs, resources and capacities")
    func singleLayout() throws {
        let instances = try GAPInstance.parse(Self.single, name: "tiny")
        #expect(instances.count == 1)
        let gap = try #require(instances.first)
        #expect(gap.agents == 2 && gap.jobs == 3)
        #expect(gap.cost == [[5, 7, 3], [6, 2, 9]])
        #expect(gap.resource == [[4, 3, 5], [2, 6, 4]])
        #expect(gap.capacity == [8, 9])
        #expect(gap.objective(agents: [1, 0, 1]) == 6 + 7 + 9)
    }

    @Test("An OR-Library file holds several instances, named file-k")
    func multiLayout() throws {
        let body = Self.single.split(separator: "\n").joined(separator: " ")
        let instances = try GAPInstance.parse("2\n\(body)\n\(body)", name: "gapx")
        #expect(instances.map(\.name) == ["gapx-1", "gapx-2"])
    }

    @Test("A truncated or non-numeric file is rejected with what was expected")
    func badFiles() {
        #expect(throws: GAPInstance.FormatError(file: "bad", expected: "whitespace-separated integers", found: "'x'", line: 1, column: 5)) {
            try GAPInstance.parse("2 3 x", name: "bad")
        }
        #expect(throws: GAPInstance.FormatError(file: "bad.txt", expected: "whitespace-separated integers", found: "'4,5'", line: 3, column: 3)) {
            try GAPInstance.parse("1 2\n1 2\n3 4,5\n", name: "bad", file: "bad.txt")
        }
        // Too few numbers for one instance of 1 × 4 reads as a one-instance OR-Library file
        // whose 'm n' (4 1, at line 1, column 3) asks for 12; and a negative capacity by place.
        #expect(throws: GAPInstance.FormatError(file: "short", expected: "12 numbers after 'm n' of short-1", found: "3", line: 1, column: 3)) {
            try GAPInstance.parse("1 4\n1 2 3 4\n", name: "short")
        }
        #expect(throws: GAPInstance.FormatError(file: "neg", expected: "non-negative resources and capacities", found: "-3", line: 4, column: 1)) {
            try GAPInstance.parse("1 2\n5 6\n1 1\n-3\n", name: "neg")
        }
        #expect(throws: GAPInstance.FormatError.self) { try GAPInstance.parse("1 2 3 4", name: "short") }
    }

    @Test("Maximisation keeps profits as values; minimisation maps cost c to max c − c")
    func portfolioValues() throws {
        let gap = try #require(try GAPInstance.parse(Self.single, name: "tiny").first)
        let max = gap.portfolio(sense: .maximize)
        #expect(max.services.map(\.id) == ["j1", "j2", "j3"])
        #expect(max.services[0].values == ["a1": 5, "a2": 6])
        #expect(max.services[1].fteAt == ["a1": 3, "a2": 6])
        #expect(max.services[1].fte(at: "a2") == 6)
        #expect(max.rules.fteBounds.map(\.maximum) == [8, 9])
        let min = gap.portfolio(sense: .minimize)
        let mapping = gap.valueMapping(sense: .minimize)
        #expect(mapping.constant == 9 && mapping.scale == 1)
        #expect(min.services[2].values == ["a1": 6, "a2": 0])
        // Σ value = n·C − Σ c for the assignment j1→a2, j2→a1, j3→a2.
        let value = (min.services[0].values["a2"] ?? 0) + (min.services[1].values["a1"] ?? 0) + (min.services[2].values["a2"] ?? 0)
        #expect(mapping.instanceObjective(value, jobs: 3) == Double(gap.objective(agents: [1, 0, 1])))
    }

    @Test("Costs above 100 are scaled into 0–100 with the scale as importance")
    func scaledValues() throws {
        let gap = GAPInstance(name: "wide", cost: [[10, 990], [500, 20]], resource: [[1, 1], [1, 1]], capacity: [2, 2])
        let mapping = gap.valueMapping(sense: .minimize)
        #expect(mapping.scale == 10)
        let portfolio = gap.portfolio(sense: .minimize)
        for service in portfolio.services {
            #expect(service.importance == 10)
            #expect(service.values.values.allSatisfy { (0...100).contains($0) })
        }
    }

    @Test(
        "The benchmark files in shared/ parse with the documented sizes", .enabled(if: FileManager.default.fileExists(atPath: GAPInstanceTests.data)))
    func sharedData() throws {
        let gap1 = try GAPInstance.load(path: Self.data + "/orlib/gap1.txt")
        #expect(gap1.count == 5 && gap1[0].agents == 5 && gap1[0].jobs == 15)
        let c10400 = try GAPInstance.load(path: Self.data + "/single/c10400.txt")
        #expect(c10400.first?.agents == 10 && c10400.first?.jobs == 400)
    }

    static let data = TestSupport.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/benchmarks/gap").path
}
