import Testing
import Vertsval
import VertsvalTestSupport

@Suite struct WeightSetTests {
    @Test("Changed points are normalised and recorded with the template's")
    func adjustment() throws {
        let loaded = try TestSupport.bundledCase()
        let weights = try WeightSet(template: loaded.template, adjustments: [("fagmiljo", 30)])
        #expect(weights.isChanged)
        #expect(weights.totalPoints == 110)
        #expect(abs(weights.fraction("fagmiljo") - 30.0 / 110) < 1e-12)
        #expect(abs(weights.templateFraction("fagmiljo") - 0.2) < 1e-12)
        #expect(weights.changes.map(\.criterion) == ["fagmiljo"])
        #expect(abs(weights.fractions.reduce(0, +) - 1) < 1e-12)
    }

    @Test("An unknown criterion names the closest valid id")
    func unknownCriterion() throws {
        let loaded = try TestSupport.bundledCase()
        #expect(throws: WeightError.self) { try WeightSet(template: loaded.template, adjustments: [("fagmijlo", 30)]) }
        do {
            _ = try WeightSet(template: loaded.template, adjustments: [("fagmijlo", 30)])
        } catch {
            #expect(error.message(in: .nn) == "ukjend kriterium «fagmijlo»; meinte du «fagmiljo»?")
            #expect(error.message(in: .en) == "unknown criterion 'fagmijlo'; did you mean 'fagmiljo'?")
        }
    }

    @Test("All weights zero is refused")
    func allZero() throws {
        let loaded = try TestSupport.bundledCase()
        let all = loaded.template.criteria.map { ($0.id, 0.0) }
        #expect(throws: WeightError.allZero) { try WeightSet(template: loaded.template, adjustments: all) }
    }
}
