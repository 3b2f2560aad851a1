import Foundation
import SplitMix
import Vertsval

/// Writes a synthetic template, region and case of a given size, deterministically from a
/// seed, for benchmarks: `criteria` criteria (a third measured, one computed travel time),
/// `candidates` willing candidates, a region of `candidates + 2` municipalities.
enum SyntheticCase {
    /// Writes the three files into `folder` and returns the case file's path.
    static func write(candidates: Int, criteria: Int, seed: UInt64, into folder: URL) throws -> String {
        var rng = SplitMix64(seed: seed)
        let municipalities = (0..<(candidates + 2)).map { "m\($0)" }
        var template = """
            kind: template
            id: synthetic
            version: "1"
            status: draft
            title: Syntetisk mal
            groups:

            """
        for group in 0..<max(1, criteria / 5) {
            template += "  - id: g\(group)\n    name: Gruppe \(group)\n    criteria:\n"
            for index in stride(from: group * 5, to: min(criteria, group * 5 + 5), by: 1) {
                template += "      - id: c\(index)\n        name: Kriterium \(index)\n        question: Kor godt?\n"
                template += "        weight: \(Int(rng.next() % 20) + 1)\n"
                if index == 0 {
                    template += """
                                measure:
                                  unit: minutt
                                  direction: lowerIsBetter
                                  computed: populationWeightedTravelTime
                                  linear: { worst: 120, best: 10 }

                        """
                } else if index % 3 == 0 {
                    template += """
                                measure:
                                  unit: prosent
                                  direction: lowerIsBetter
                                  piecewise:
                                    - { x: 0, value: 100 }
                                    - { x: 10, value: 60 }
                                    - { x: 20, value: 0 }

                        """
                } else {
                    template += "        scale:\n          levels:\n"
                    for level in 1...5 { template += "            - { level: \(level), label: Nivå \(level) }\n" }
                }
            }
        }
        template += "knockouts:\n  - { id: vilje, kind: declaredWillingness, text: Må ville. }\n"

        var region = "kind: region\nid: syn\nname: Syntetisk\nmunicipalities:\n"
        for (index, id) in municipalities.enumerated() {
            region += "  - { id: \(id), number: \"\(1000 + index)\", name: Kommune \(index), centre: Senter \(index), "
            region += "population: { value: \(1000 + Int(rng.next() % 20_000)), year: 2024, source: Syntetisk } }\n"
        }
        region += "travelTimes:\n  estimate: true\n  minutes:\n"
        for (i, from) in municipalities.enumerated() where i < municipalities.count - 1 {
            let row = municipalities[(i + 1)...].map { "\($0): \(10 + Int(rng.next() % 140))" }.joined(separator: ", ")
            region += "    \(from): { \(row) }\n"
        }

        var caseText = """
            kind: case
            id: synthetic
            title: Syntetisk sak
            template: template.yaml
            region: region.yaml
            service: { name: Teneste }
            candidates:

            """
        for id in municipalities.prefix(candidates) { caseText += "  - { municipality: \(id), willing: true }\n" }
        caseText += "scores:\n"
        for id in municipalities.prefix(candidates) {
            caseText += "  \(id):\n"
            for index in 1..<criteria {
                if index % 3 == 0 {
                    caseText += "    c\(index): { value: \(Double(rng.next() % 200) / 10), why: Syntetisk. }\n"
                } else {
                    caseText += "    c\(index): { level: \(Int(rng.next() % 5) + 1), why: Syntetisk. }\n"
                }
            }
        }
        try Data(template.utf8).write(to: folder.appendingPathComponent("template.yaml"))
        try Data(region.utf8).write(to: folder.appendingPathComponent("region.yaml"))
        let path = folder.appendingPathComponent("case.yaml")
        try Data(caseText.utf8).write(to: path)
        return path.path
    }
}
