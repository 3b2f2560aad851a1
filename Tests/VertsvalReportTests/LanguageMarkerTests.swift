import Foundation
import Testing
import Vertsval
import VertsvalStudy
import VertsvalTestSupport

@testable import VertsvalReport

/// Passages in another language than the page's are marked with `lang` in the HTML report
/// (WCAG 2.1 3.1.2): the score rationales of a case written in Nynorsk, in an English report.
@Suite struct LanguageMarkerTests {
    @Test("A passage is marked where it stands as a whole, escaped, the longer one first")
    func marksWholePassages() {
        let marker = LanguageMarker([
            OtherLanguageText("Vis til <b> & co", language: .nn), OtherLanguageText("Vis", language: .nb),
            OtherLanguageText("Lokale", language: .nn),
        ])
        #expect(marker.html("a: Vis til <b> & co.") == "a: <span lang=\"nn\">Vis til &lt;b&gt; &amp; co</span>.")
        #expect(marker.html("Vis this") == "<span lang=\"nb\">Vis</span> this")
        // Not inside a longer word, at either end.
        #expect(marker.html("Lokalene, Vistas, Lokale.") == "Lokalene, Vistas, <span lang=\"nn\">Lokale</span>.")
        #expect(LanguageMarker.none.html("a < b") == "a &lt; b")
    }

    @Test("Only the texts the language lacks are recorded, in the language they fall back to")
    func fallbacks() {
        let texts = [
            LocalizedText(nn: "Fagmiljø", en: "Expertise"), LocalizedText(nn: "Reisetid"), LocalizedText(nn: "Lokale", nb: "Lokaler"),
            LocalizedText(nn: "Reisetid"),
        ]
        #expect(OtherLanguageText.fallbacks(texts, in: .en) == [.init("Reisetid", language: .nn), .init("Lokaler", language: .nb)])
        // Bokmål falls back to Nynorsk, also where English is given.
        #expect(OtherLanguageText.fallbacks(texts, in: .nb) == [.init("Fagmiljø", language: .nn), .init("Reisetid", language: .nn)])
        #expect(OtherLanguageText.fallbacks(texts, in: .nn).isEmpty)
    }

    static func html(_ language: Language) throws -> (page: String, content: ReportContent) {
        let date = try #require(CalendarDate(year: 2026, month: 2, day: 23))
        let path = TestSupport.path("Cases/sogn/ureining-miljo-tilsyn.yaml")
        let content = try PrepareReport.run(.init(input: StudyInput(path: path), date: date, samples: 60))
        let file = try ReportFile.render(content, format: .html, language: language)
        return (String(decoding: file.data, as: UTF8.self), content)
    }

    @Test("The English report of the bundled case marks every rationale that has no English text as Nynorsk")
    func rationalesMarked() throws {
        let (page, content) = try Self.html(.en)
        guard case let .case(evaluated, _) = content.subject else {
            Issue.record("expected a case report")
            return
        }
        let untranslated = evaluated.evaluation.case.scores.map(\.why).filter { !$0.has(.en) }
        #expect(!untranslated.isEmpty, "the bundled case has rationales in Nynorsk only")
        for why in untranslated {
            #expect(page.contains("<span lang=\"nn\">\(XMLText.escaped(why.text(.en)))</span>"), "\(why.text(.en))")
        }
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    }

    @Test("The Nynorsk report of the bundled case marks nothing: every text is in Nynorsk")
    func nothingMarkedInNynorsk() throws {
        #expect(!(try Self.html(.nn).page.contains("<span lang=")))
    }
}
