import Foundation
import Testing
import Vertsval
import VertsvalTestSupport

/// Judgement files: what a valid one gives, and every refusal with its exact message, file,
/// line and column.
@Suite struct JudgementLoaderTests {
    /// The fixture's case with `judgements:` naming `files` (name → text), written next to it.
    static func fixture(_ files: [String: String], case edit: (String) -> String = { $0 }) -> Fixture {
        let list = files.keys.sorted().map { "  - judgements/\($0)" }.joined(separator: "\n")
        let fixture = Fixture(case: { edit($0.replacingFirst("scores:", with: "judgements:\n\(list)\nscores:")) })
        for (name, text) in files { TestSupport.write(text, to: "judgements/" + name, in: fixture.folder) }
        return fixture
    }

    static let rank = """
        kind: judgement
        member: Kari
        municipality: a
        template: mal
        method: rank
        ranks: { fag: 1, kost: 2, reise: 2 }

        """

    static let swing = """
        kind: judgement
        member: Per
        municipality: c
        template: mal
        method: swing
        points: { fag: 100, kost: 50, reise: 0 }

        """

    static let pairwise = """
        kind: judgement
        member: Ola
        municipality: b
        template: mal
        method: pairwise
        pairs:
          fag: { kost: 3, reise: 5 }
          kost: { reise: 1/2 }

        """

    func messages(_ fixture: Fixture, language: Language = .nn) -> [String] {
        Loader.validate(paths: [fixture.path("case.yaml")]).map { diagnostic in
            let name = diagnostic.location.file.replacingOccurrences(of: fixture.folder.path + "/", with: "")
            var location = diagnostic.location
            location.file = name
            return "\(location): \(diagnostic.severity.rawValue): \(diagnostic.problem.message(in: language))"
        }
    }

    @Test("Three valid judgements load in the case's order, with weights from their methods")
    func valid() throws {
        let fixture = Self.fixture(["1.yaml": Self.rank, "2.yaml": Self.swing, "3.yaml": Self.pairwise])
        #expect(messages(fixture) == [])
        let loaded = try Loader.loadCase(at: fixture.path("case.yaml"))
        let judgements = loaded.case.judgements
        #expect(judgements.map(\.member) == ["Kari", "Per", "Ola"])
        #expect(judgements[0].method == .rank(ranks: [1, 2, 2], rule: .centroid))
        #expect(judgements[1].weights == [100.0 / 150, 50.0 / 150, 0])
        #expect(judgements[2].criteria == ["fag", "kost", "reise"])
        // The judgement files are fingerprinted with the case.
        #expect(loaded.files.map { URL(fileURLWithPath: $0.path).lastPathComponent }.suffix(3) == ["1.yaml", "2.yaml", "3.yaml"])
    }

    @Test("A judgement checks on its own with `vertsval validate`")
    func standalone() throws {
        let fixture = Self.fixture(["1.yaml": Self.pairwise])
        let path = fixture.folder.appendingPathComponent("judgements/1.yaml").path
        #expect(Loader.validate(paths: [path]).isEmpty)
        guard case .judgement(let judgement, _) = try Loader.load(at: path) else {
            Issue.record("not read as a judgement")
            return
        }
        #expect(judgement.member == "Ola")
    }

    @Test(
        "Each refusal names the file, line and column, what is wrong and what is right",
        arguments: [
            (
                rank.replacingFirst("reise: 2 }", with: "reise: 2, reisee: 3 }"),
                "judgements/1.yaml:6:37: error: ukjend kriterium «reisee»; meinte du «reise»?"
            ),
            (
                rank.replacingFirst(", reise: 2 }", with: " }"),
                "judgements/1.yaml:6:8: error: vurderinga manglar «reise» under «ranks:»; kvart kriterium i malen må vere med"
            ),
            (
                swing.replacingFirst("fag: 100", with: "fag: 90"),
                "judgements/1.yaml:6:1: error: det viktigaste svinget skal ha 100 poeng og dei andre poeng i høve til det; det høgaste her er 90"
            ),
            (
                swing.replacingFirst("kost: 50", with: "kost: 150"),
                "judgements/1.yaml:6:27: error: 150 er utanfor det tillatne området [0, 100]"
            ),
            (
                pairwise.replacingFirst("kost: 3", with: "kost: 0.33"),
                "judgements/1.yaml:7:16: error: «0.33» er ikkje på Saaty-skalaen; skriv eit heilt tal frå 1 til 9, eller 1/2 til 1/9 når det andre kriteriet er viktigast"
            ),
            (
                pairwise.replacingFirst("  kost: { reise: 1/2 }", with: "  reise: { kost: 2 }"),
                "judgements/1.yaml:8:12: error: skriv samanlikninga under «kost», som kjem først i malen: «kost: { reise: 1/2 }»"
            ),
            (
                pairwise.replacingFirst("  kost: { reise: 1/2 }\n", with: ""),
                "judgements/1.yaml:7:3: error: desse para manglar ei samanlikning: «kost–reise»; kvart par i malen må vere samanlikna éin gong"
            ),
            (
                rank.replacingFirst("template: mal", with: "template: mal-2024"),
                "judgements/1.yaml:4:1: error: vurderinga er gjord mot malen «mal-2024», men saka bruker «mal»; ho må gjerast på nytt mot «mal»"
            ),
            (
                rank.replacingFirst("ranks:", with: "points:"),
                "judgements/1.yaml:6:1: error: «points:» høyrer til ein annan metode; med «method: rank» skriv du «ranks:»"
            ),
            (
                swing + "rule: sum\n",
                "judgements/1.yaml:7:1: error: «rule:» gjeld berre «method: rank», ikkje «swing»; fjern «rule:»"
            ),
            (
                rank.replacingFirst("method: rank", with: "method: ahp"),
                "judgements/1.yaml:5:9: error: ukjend metode (rank, swing, pairwise) «ahp»"
            ),
            (
                rank.replacingFirst("municipality: a", with: "municipality: d"),
                "judgements/1.yaml:3:15: error: ukjend kommune «d»; meinte du «a»?"
            ),
        ])
    func refusal(text: String, expected: String) {
        let result = messages(Self.fixture(["1.yaml": text]))
        #expect(result.contains(expected), "\(result)")
    }

    @Test("A second judgement by the same member, and a missing file, are refused where the case names them")
    func caseReferences() {
        let fixture = Self.fixture(["1.yaml": Self.rank, "2.yaml": Self.rank.replacingFirst("municipality: a", with: "municipality: b")])
        #expect(messages(fixture) == ["case.yaml:13:5: error: «Kari» har alt ei vurdering i saka (linje 12); kvart medlem har éi"])
        let missing = Self.fixture(["1.yaml": Self.rank], case: { $0.replacingFirst("  - judgements/1.yaml", with: "  - judgements/2.yaml") })
        #expect(
            messages(missing, language: .en) == [
                "case.yaml:12:5: error: file '\(missing.folder.path)/judgements/2.yaml' does not exist; did you mean '\(missing.folder.path)/judgements/1.yaml'?"
            ])
    }

    @Test("Messages in English")
    func english() {
        let result = messages(Self.fixture(["1.yaml": Self.swing.replacingFirst("fag: 100", with: "fag: 90")]), language: .en)
        #expect(
            result == [
                "judgements/1.yaml:6:1: error: the most important swing gets 100 points and the others points relative to it; the highest here is 90"
            ])
    }
}
