public import Foundation

/// A minimal, valid template + region + case written to a temporary folder; tests change
/// one line to provoke one error.
public struct Fixture: Sendable {
    /// The folder holding the three files.
    public let folder: URL

    /// Writes the three files, each optionally transformed first.
    public init(
        template: (String) -> String = { $0 }, region: (String) -> String = { $0 }, case caseText: (String) -> String = { $0 }
    ) {
        folder = TestSupport.temporaryFolder("fixture")
        TestSupport.write(template(Self.template), to: "template.yaml", in: folder)
        TestSupport.write(region(Self.region), to: "region.yaml", in: folder)
        TestSupport.write(caseText(Self.caseFile), to: "case.yaml", in: folder)
    }

    /// The path of one of the files: "template.yaml", "region.yaml" or "case.yaml".
    public func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    public static let template = """
        kind: template
        id: mal
        version: "1"
        status: draft
        title: Testmal
        groups:
          - id: g
            name: Gruppe
            criteria:
              - id: fag
                name: Fagmiljø
                question: Kor godt?
                weight: 50
                scale:
                  levels:
                    - { level: 1, label: Svakt }
                    - { level: 2, label: Middels }
                    - { level: 3, label: Sterkt }
              - id: kost
                name: Kostnad
                question: Kor dyrt?
                weight: 30
                measure:
                  unit: prosent
                  direction: lowerIsBetter
                  linear: { worst: 20, best: 0 }
              - id: reise
                name: Reisetid
                question: Kor langt?
                weight: 20
                measure:
                  unit: minutt
                  direction: lowerIsBetter
                  computed: populationWeightedTravelTime
                  linear: { worst: 100, best: 0 }
        knockouts:
          - id: vilje
            kind: declaredWillingness
            text: Må ville.

        """

    public static let region = """
        kind: region
        id: r
        name: Region
        municipalities:
          - { id: a, number: "1", name: Aby, centre: A, population: { value: 1000, year: 2022, source: SSB } }
          - { id: b, number: "2", name: Bby, centre: B, population: { value: 3000, year: 2022, source: SSB } }
          - { id: c, number: "3", name: Cby, centre: C, population: { value: 1000, year: 2022, source: SSB } }
        travelTimes:
          estimate: true
          asymmetryTolerance: 5
          minutes:
            a: { b: 30, c: 60 }
            b: { c: 40 }

        """

    public static let caseFile = """
        kind: case
        id: sak
        title: Testsak
        template: template.yaml
        region: region.yaml
        service:
          name: Teneste
        candidates:
          - { municipality: a, willing: true }
          - { municipality: b, willing: true }
        scores:
          a:
            fag: { level: 3, why: Grunn. }
            kost: { value: 10, why: Grunn. }
          b:
            fag: { level: 2, why: Grunn. }
            kost: { value: 5, why: Grunn. }

        """
}

extension String {
    /// The text with the first occurrence of `target` replaced; traps in tests when absent,
    /// so a fixture edit can never silently do nothing.
    public func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else {
            preconditionFailure("fixture text does not contain \(target)")
        }
        return replacingCharacters(in: range, with: replacement)
    }
}
