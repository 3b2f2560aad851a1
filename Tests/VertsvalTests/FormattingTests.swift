import Foundation
import Testing
import Vertsval

@Suite struct FormattingTests {
    @Test("Norwegian numbers use a decimal comma and group from five digits")
    func norwegianNumbers() {
        let nn = NumberFormat(.nn)
        #expect(nn.format(72.44) == "72,4")
        #expect(nn.format(72.45) == "72,5")
        #expect(nn.format(12097) == "12\u{00A0}097")
        #expect(nn.format(2560) == "2560")
        #expect(nn.format(-0.04) == "0,0")
        #expect(nn.format(-1.25, decimals: 1) == "−1,3")
        #expect(nn.signed(2.3) == "+2,3")
        #expect(nn.signed(0) == "0,0")
        #expect(nn.percent(20) == "20,0\u{00A0}%")
    }

    @Test("English numbers use a decimal point and comma grouping")
    func englishNumbers() {
        let en = NumberFormat(.en)
        #expect(en.format(72.44) == "72.4")
        #expect(en.format(5_400_000, decimals: 0) == "5,400,000")
        #expect(en.format(2560) == "2,560")
    }

    @Test("Long dates")
    func dates() throws {
        let date = try #require(CalendarDate(iso: "2026-02-23"))
        #expect(DateFormat(.nn).long(date) == "23. februar 2026")
        #expect(DateFormat(.en).long(date) == "23 February 2026")
        #expect(CalendarDate(iso: "2026-02-30") == nil)
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "26-02-23") == nil)
    }

    @Test("Closest names for typos")
    func suggestions() {
        #expect(Suggestion.closest(to: "weigth", in: ["id", "weight", "name"]) == "weight")
        #expect(Suggestion.closest(to: "sognda", in: ["sogndal", "luster"]) == "sogndal")
        #expect(Suggestion.closest(to: "xyzzy", in: ["sogndal", "luster"]) == nil)
    }
}

@Suite struct ValueFunctionTests {
    @Test("Linear, clamped outside worst and best")
    func linear() {
        let f = ValueFunction.linear(worst: 90, best: 15)
        #expect(f.value(at: 90) == 0)
        #expect(f.value(at: 15) == 100)
        #expect(abs(f.value(at: 52.5) - 50) < 1e-12)
        #expect(f.value(at: 200) == 0)
        #expect(f.value(at: 0) == 100)
    }

    @Test("Piecewise-linear between points, flat outside")
    func piecewise() {
        let f = ValueFunction.piecewise([.init(x: -30, value: 100), .init(x: 0, value: 60), .init(x: 30, value: 0)])
        #expect(f.value(at: -40) == 100)
        #expect(abs(f.value(at: -15) - 80) < 1e-12)
        #expect(abs(f.value(at: 15) - 30) < 1e-12)
        #expect(f.value(at: 99) == 0)
    }

    @Test("The quantity that reaches a value is the inverse of the function", arguments: [0.0, 12.5, 30, 60, 77.7, 100])
    func inverse(target: Double) throws {
        let f = ValueFunction.piecewise([.init(x: -30, value: 100), .init(x: 0, value: 60), .init(x: 30, value: 0)])
        let x = try #require(f.quantity(reaching: target, closestTo: 5))
        #expect(abs(f.value(at: x) - target) < 1e-9)
        #expect(f.quantity(reaching: 101, closestTo: 0) == nil)
    }
}

@Suite struct CalendarDateTests {
    @Test(
        "Dates from instants in UTC, across leap years and the epoch",
        arguments: [
            (0.0, "1970-01-01"), (951_782_400, "2000-02-29"), (1_770_681_600, "2026-02-10"), (1_798_761_599, "2026-12-31"),
            (-86_400, "1969-12-31"),
        ])
    func fromInstant(seconds: Double, expected: String) {
        #expect(CalendarDate(utc: Date(timeIntervalSince1970: seconds)).description == expected)
    }
}

@Suite struct PathTests {
    @Test(
        "References resolve lexically against the referring file's folder",
        arguments: [
            ("x", "a.yaml", "a.yaml"), ("Cases/sogn/c.yaml", "../../Criteria/t.yaml", "Criteria/t.yaml"), ("/d/c.yaml", "r.yaml", "/d/r.yaml"),
            ("c.yaml", "../r.yaml", "../r.yaml"), ("a/b/c.yaml", "./r.yaml", "a/b/r.yaml"), ("/c.yaml", "r.yaml", "/r.yaml"),
        ])
    func resolve(file: String, reference: String, expected: String) {
        #expect(Loader.resolvePath(reference, relativeTo: file) == expected)
    }
}
