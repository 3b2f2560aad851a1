import Testing

@testable import Vertsval

/// The municipality where the register's balance and the balance after an assignment
/// differ most, against a hand computation on a small region.
@Suite struct HostingBasisGapTests {
    /// Three municipalities; the register: A hosts two arrangements (3 and 1 FTE), B one
    /// (4 FTE), C one without FTE, and a proposed one at C and one without a host, which are
    /// not counted.
    static let region: Region = {
        let municipalities = ["a", "b", "c"].map {
            Municipality(
                id: Municipality.ID($0), number: "0", name: $0.uppercased(), population: 1_000, populationYear: 2025, populationSource: "test",
                centre: $0)
        }
        func arrangement(_ id: String, host: String?, fte: Double?, status: CooperationArrangement.Status = .existing)
            -> CooperationArrangement
        {
            CooperationArrangement(
                id: id, name: LocalizedText(nn: id), form: .VK, host: host.map { Municipality.ID($0) }, fte: fte, status: status)
        }
        return Region(
            id: "test", name: LocalizedText(nn: "Test"), municipalities: municipalities,
            travelTimes: TravelTimeMatrix(minutes: [:], isEstimate: true),
            cooperation: [
                arrangement("a1", host: "a", fte: 3), arrangement("a2", host: "a", fte: 1), arrangement("b1", host: "b", fte: 4),
                arrangement("c1", host: "c", fte: nil), arrangement("c2", host: "c", fte: 10, status: .proposed),
                arrangement("x", host: nil, fte: 5),
            ])
    }()

    @Test("Arrangements: A has 2 of 4 today (50 %) and 1 of 10 FTE after (10 %), the widest of the three gaps")
    func arrangements() throws {
        // By hand: today A 2/4, B 1/4, C 1/4; after A 1/10, B 6/10, C 3/10;
        // gaps A 0.40, B 0.35, C 0.05.
        let gap = try #require(
            Self.region.widestHostingGap(basis: .arrangements, hosted: [("a", 1), ("b", 6), ("c", 3)]))
        #expect(gap.municipality == "a")
        #expect(abs(gap.today - 0.5) < 1e-12)
        #expect(abs(gap.after - 0.1) < 1e-12)
        #expect(abs(gap.gap - 0.4) < 1e-12)
    }

    @Test("FTE: C has 0 of 8 FTE today and 5 of 10 after, wider than A (4/8 against 1/10)")
    func fte() throws {
        // By hand: today A 4/8, B 4/8, C 0/8 (C's only counted arrangement has no FTE);
        // after A 0.1, B 0.4, C 0.5; gaps A 0.40, B 0.10, C 0.50.
        let gap = try #require(Self.region.widestHostingGap(basis: .fte, hosted: [("a", 1), ("b", 4), ("c", 5)]))
        #expect(gap.municipality == "c")
        #expect(gap.today == 0)
        #expect(abs(gap.after - 0.5) < 1e-12)
        #expect(abs(gap.gap - 0.5) < 1e-12)
    }

    @Test("Equal gaps give the first in the order given; equal shares give none")
    func tiesAndNone() {
        // Arrangements today: A 0.5, B 0.25, C 0.25. After: A 0.5, B 0, C 0.5 → B and C
        // both differ by 0.25; B comes first.
        #expect(Self.region.widestHostingGap(basis: .arrangements, hosted: [("a", 2), ("b", 0), ("c", 2)])?.municipality == "b")
        #expect(Self.region.widestHostingGap(basis: .arrangements, hosted: [("c", 2), ("b", 0), ("a", 2)])?.municipality == "c")
        #expect(Self.region.widestHostingGap(basis: .arrangements, hosted: [("a", 2), ("b", 1), ("c", 1)]) == nil)
    }
}
