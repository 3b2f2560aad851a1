import Testing
import Vertsval
import VertsvalTestSupport

/// A budget that follows the host (`service.overheadCriterion`): each candidate's budget is
/// the base budget with its overhead added, shared by the key (25 % equal, 75 % by
/// population), checked against the formula written out by hand for a three-candidate case.
@Suite struct HostBudgetTests {
    /// The fixture with a third candidate, a 1 000 000 kr budget, the region's key
    /// 25 % equal / 75 % by population, and `kost` (percent) as the overhead criterion:
    /// Aby 10 %, Bby 5 %, Cby 2 %.
    static func threeCandidates(overheads: (a: Int, b: Int, c: Int) = (10, 5, 2), cWilling: Bool = true) -> Fixture {
        Fixture(
            region: { $0 + "costKey: { equal: 25, basis: population }\n" },
            case: {
                $0.replacingFirst("  name: Teneste\n", with: "  name: Teneste\n  budget: 1000000\n  overheadCriterion: kost\n")
                    .replacingFirst(
                        "  - { municipality: b, willing: true }\n",
                        with: "  - { municipality: b, willing: true }\n  - { municipality: c, willing: \(cWilling) }\n"
                    )
                    .replacingFirst("kost: { value: 10,", with: "kost: { value: \(overheads.a),")
                    .replacingFirst("kost: { value: 5,", with: "kost: { value: \(overheads.b),")
                    + "  c:\n    fag: { level: 1, why: Grunn. }\n    kost: { value: \(overheads.c), why: Grunn. }\n"
            })
    }

    /// Populations of the fixture region, written out: Aby 1 000, Bby 3 000, Cby 1 000.
    static let population: [Municipality.ID: Double] = ["a": 1000, "b": 3000, "c": 1000]

    /// share(m) = 0.25 / 3 + 0.75 · population(m) / 5 000.
    static func share(_ id: Municipality.ID) -> Double {
        0.25 / 3 + 0.75 * (population[id] ?? 0) / 5000
    }

    @Test("Each municipality pays its key share of the base budget plus the host's overhead, under each of three hosts")
    func sharesUnderEachHost() throws {
        let loaded = try Loader.loadCase(at: Self.threeCandidates().path("case.yaml"))
        let sharing = CostSharing(case: loaded)
        let byHost = try #require(sharing.byHost)
        #expect(byHost.criterion.id == "kost")
        #expect(byHost.baseBudget == 1_000_000)
        #expect(byHost.hosts.map(\.municipality) == ["a", "b", "c"])
        #expect(byHost.hosts.map(\.overheadPercent) == [10, 5, 2])
        let budgets: [Municipality.ID: Double] = ["a": 1_100_000, "b": 1_050_000, "c": 1_020_000]
        for host in byHost.hosts {
            let budget = try #require(budgets[host.municipality])
            #expect(abs(host.budget - budget) < 1e-6, "\(host.municipality)")
            var sum = 0.0
            for id in ["a", "b", "c"] as [Municipality.ID] {
                let amount = try #require(host.amounts[id])
                #expect(abs(amount - Self.share(id) * budget) < 1e-6, "\(host.municipality) → \(id)")
                sum += amount
            }
            #expect(abs(sum - budget) < 1e-6)
        }
        // By hand: Bby pays 0.25 / 3 + 0.75 × 3 000 / 5 000 = 53.33 % of 1 100 000 with Aby as host.
        #expect(abs((byHost.hosts[0].amounts["b"] ?? 0) - 586_666.666_666_7) < 1e-3)
        #expect(byHost.cheapest.municipality == "c")
        #expect(byHost.dearest.municipality == "a")
        #expect(abs(byHost.difference - 80_000) < 1e-6)
        #expect(byHost.differs)
        for id in ["a", "b", "c"] as [Municipality.ID] {
            #expect(abs((byHost.differences[id] ?? -1) - Self.share(id) * 80_000) < 1e-6, "\(id)")
        }
        // The item keeps the base budget as written.
        #expect(sharing.items.first?.budget == 1_000_000)
    }

    @Test("A candidate a knock-out rule excludes is no host in the evaluation's cost sharing")
    func excludedCandidateIsNoHost() throws {
        let loaded = try Loader.loadCase(at: Self.threeCandidates(cWilling: false).path("case.yaml"))
        let analysis = EvaluationAnalysis(Evaluator.evaluate(loaded, weights: try WeightSet(template: loaded.template)))
        let byHost = try #require(analysis.costSharing.byHost)
        #expect(byHost.hosts.map(\.municipality) == ["a", "b"])
        #expect(byHost.cheapest.municipality == "b")
        #expect(abs(byHost.difference - 50_000) < 1e-6)
    }

    @Test("The same overhead with every candidate gives one budget, and no difference")
    func sameOverhead() throws {
        let loaded = try Loader.loadCase(at: Self.threeCandidates(overheads: (4, 4, 4)).path("case.yaml"))
        let byHost = try #require(CostSharing(case: loaded).byHost)
        #expect(!byHost.differs)
        #expect(byHost.hosts.allSatisfy { abs($0.budget - 1_040_000) < 1e-6 })
        #expect(byHost.differences.values.allSatisfy { $0 == 0 })
    }

    @Test("Without an overhead criterion there is one budget for every host")
    func noOverheadCriterion() throws {
        let loaded = try Loader.loadCase(
            at: Fixture(case: { $0.replacingFirst("  name: Teneste\n", with: "  name: Teneste\n  budget: 1000\n") }).path("case.yaml"))
        #expect(loaded.case.service.overheadCriterion == nil)
        #expect(CostSharing(case: loaded).byHost == nil)
    }

    @Test("The bundled case: Luster 6 % and Sogndal 8 % of 5 400 000 kr, the cost criterion's own values")
    func bundledCase() throws {
        let loaded = try TestSupport.bundledCase()
        let byHost = try #require(CostSharing(case: loaded).byHost)
        for host in byHost.hosts {
            let score = try #require(loaded.case.score(of: host.municipality, on: "kostnad"))
            #expect(host.overheadPercent == score.value.number)
        }
        #expect(byHost.hosts.map(\.municipality) == ["luster", "sogndal"])
        #expect(abs(byHost.hosts[0].budget - 5_724_000) < 1e-6)
        #expect(abs(byHost.hosts[1].budget - 5_832_000) < 1e-6)
        #expect(abs(byHost.difference - 108_000) < 1e-6)
    }
}
