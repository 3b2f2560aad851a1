import Foundation
import Testing
import Vertsval
import VertsvalTestSupport

/// One test per class of input error: the exact message, file, line and column.
@Suite struct ValidationMessageTests {
    /// The diagnostics of validating the fixture's case, as `file:line:col: message` with the
    /// fixture folder removed.
    func messages(_ fixture: Fixture, file: String = "case.yaml", language: Language = .nn) -> [String] {
        Loader.validate(paths: [fixture.path(file)]).map { diagnostic in
            let name = URL(fileURLWithPath: diagnostic.location.file).lastPathComponent
            var location = diagnostic.location
            location.file = name
            return "\(location): \(diagnostic.severity.rawValue): \(diagnostic.problem.message(in: language))"
        }
    }

    @Test("The fixture itself is valid")
    func validFixture() {
        #expect(messages(Fixture()) == [])
    }

    @Test("YAML syntax error names line and column")
    func yamlSyntax() {
        let fixture = Fixture(case: { $0.replacingFirst("title: Testsak", with: "title: [Testsak") })
        #expect(
            messages(fixture) == [
                "case.yaml:4:9: error: YAML-syntaksfeil: lista som startar med «[» på linje 3, kolonne 8 manglar «]» (eller «,» mellom elementa)"
            ])
        #expect(
            messages(fixture, language: .en) == [
                "case.yaml:4:9: error: YAML syntax error: the list that starts with '[' at line 3, column 8 lacks its ']' (or a ',' between items)"
            ])
    }

    @Test("A colon in an unquoted text asks for quotes")
    func yamlColonInValue() {
        let fixture = Fixture(case: { $0.replacingFirst("title: Testsak", with: "title: Sak: viktig") })
        #expect(
            messages(fixture) == [
                "case.yaml:3:11: error: YAML-syntaksfeil: kolon («:») der det ikkje kan stå ein nøkkel; set teksten i hermeteikn (\"…\") når han inneheld kolon, eller sjekk innrykket"
            ])
    }

    @Test("A line indented less than its block names where the block starts")
    func yamlIndentation() {
        let fixture = Fixture(case: { $0.replacingFirst("  name: Teneste", with: "  name: Teneste\n kode: x") })
        #expect(
            messages(fixture, language: .nb) == [
                "case.yaml:8:2: error: YAML-syntaksfeil: ventet en nøkkel med samme innrykk som de andre i blokken som starter på linje 1, kolonne 1; sjekk innrykket"
            ])
    }

    @Test("An unclosed quote names where it opens")
    func yamlUnclosedQuote() {
        let fixture = Fixture(case: { $0.replacingFirst("id: sak", with: "id: 'sak") })
        let found = messages(fixture)
        #expect(found.count == 1)
        #expect(
            found.first?.hasSuffix(
                "YAML-syntaksfeil: hermeteiknet på linje 2, kolonne 5 blir aldri lukka; fila sluttar før det avsluttande hermeteiknet") == true)
    }

    @Test("An unrecognised YAML error keeps libyaml's text in parentheses")
    func yamlUnmapped() {
        let fixture = Fixture(case: { $0.replacingFirst("id: sak", with: "id: &") })
        #expect(
            messages(fixture, language: .en) == [
                "case.yaml:2:6: error: YAML syntax error: the file cannot be read as YAML (did not find expected alphabetic or numeric character (while scanning an anchor 2:5))"
            ])
    }

    @Test("A mistyped key is reported with the closest valid key, and not also as missing")
    func unknownKey() {
        let fixture = Fixture(template: { $0.replacingFirst("weight: 30", with: "weigth: 30") })
        #expect(messages(fixture) == ["template.yaml:22:9: error: ukjend nøkkel «weigth»; meinte du «weight»?"])
        #expect(
            messages(fixture, language: .en) == ["template.yaml:22:9: error: unknown key 'weigth'; did you mean 'weight'?"])
    }

    @Test("An unknown key far from any valid one lists the valid keys")
    func unknownKeyWithoutSuggestion() {
        let fixture = Fixture(case: { $0.replacingFirst("service:", with: "xyzzy: 1\nservice:") })
        #expect(
            messages(fixture) == [
                "case.yaml:6:1: error: ukjend nøkkel «xyzzy»; gyldige nøklar her: «kind», «id», «title», «template», «region», «illustrative», «notice», «service», «meeting», «candidates», «scores», «weightOverrides», «costKey», «uncertainty», «interests», «judgements»"
            ])
    }

    @Test("Text with a comma inside { … } gets a hint to quote it")
    func commaInFlowMapping() {
        let fixture = Fixture(case: { $0.replacingFirst("  name: Teneste", with: "  name: { nn: Kart, oppmåling og GIS }") })
        #expect(
            messages(fixture) == [
                "case.yaml:7:21: error: «oppmåling og GIS» vart lesen som ein nøkkel; set teksten i hermeteikn (\"…\") når han inneheld komma eller kolon"
            ])
    }

    @Test("A missing required field")
    func missingField() {
        let fixture = Fixture(case: { $0.replacingFirst("title: Testsak\n", with: "") })
        #expect(messages(fixture) == ["case.yaml:1:1: error: manglar «title:»"])
    }

    @Test("A duplicate id points at the second use and names the first line")
    func duplicateID() {
        let fixture = Fixture(template: { $0.replacingFirst("id: kost", with: "id: fag") })
        #expect(messages(fixture) == ["template.yaml:19:9: error: id «fag» er alt brukt på linje 10; kvar id må vere unik"])
    }

    @Test("An unknown criterion in the scores names the closest one")
    func unknownCriterion() {
        let fixture = Fixture(case: { $0.replacingFirst("kost: { value: 5", with: "kots: { value: 5") })
        #expect(
            messages(fixture) == [
                "case.yaml:15:3: warning: «b» manglar skår på kriteriet «kost»; fyll inn «value:» og «why:»",
                "case.yaml:17:5: error: ukjend kriterium «kots»; meinte du «kost»?",
            ])
    }

    @Test("An unknown municipality names the closest one")
    func unknownMunicipality() {
        let fixture = Fixture(case: { $0.replacingFirst("municipality: b,", with: "municipality: bb,") })
        #expect(
            messages(fixture) == [
                "case.yaml:10:21: error: ukjend kommune «bb»; meinte du «b»?",
                "case.yaml:15:3: error: ukjend kandidat «b»; meinte du «bb»?",
            ])
    }

    @Test("An unknown template file is reported where the case refers to it")
    func unknownTemplate() {
        let fixture = Fixture(case: { $0.replacingFirst("template: template.yaml", with: "template: templat.yaml") })
        let found = messages(fixture)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("case.yaml:4:11: error: fila «") == true)
        #expect(found.first?.hasSuffix("templat.yaml» finst ikkje; meinte du «" + fixture.path("template.yaml") + "»?") == true)
    }

    @Test("A level outside the scale says which levels exist")
    func levelOutOfScale() {
        let fixture = Fixture(case: { $0.replacingFirst("level: 3,", with: "level: 4,") })
        #expect(messages(fixture) == ["case.yaml:13:19: error: nivå 4 finst ikkje på skalaen; bruk eit heilt tal frå 1 til 3"])
    }

    @Test("A score of the wrong type")
    func wrongType() {
        let fixture = Fixture(case: { $0.replacingFirst("value: 10,", with: "value: ti,") })
        #expect(messages(fixture) == ["case.yaml:14:20: error: venta eit tal (desimalpunktum, til dømes 2.5), fann «ti»"])
    }

    @Test("A decimal comma is rejected with a hint")
    func decimalComma() {
        let fixture = Fixture(case: { $0.replacingFirst("value: 10,", with: "value: \"7,5\",") })
        #expect(messages(fixture) == ["case.yaml:14:20: error: venta eit tal (desimalpunktum, til dømes 2.5), fann «7,5»"])
    }

    @Test("A level given for a measured criterion")
    func scoreKindMismatch() {
        let fixture = Fixture(case: { $0.replacingFirst("kost: { value: 10,", with: "kost: { level: 1,") })
        #expect(messages(fixture) == ["case.yaml:14:13: error: «kost» skal skårast med «value:»"])
    }

    @Test("A missing score is left to fill in: a warning naming candidate, criterion and the key to write")
    func missingScore() {
        let fixture = Fixture(case: { $0.replacingFirst("    kost: { value: 5, why: Grunn. }\n", with: "") })
        #expect(messages(fixture) == ["case.yaml:15:3: warning: «b» manglar skår på kriteriet «kost»; fyll inn «value:» og «why:»"])
        #expect(
            messages(fixture, language: .en) == [
                "case.yaml:15:3: warning: 'b' has no score for criterion 'kost'; fill in 'value:' and 'why:'"
            ])
    }

    @Test("An empty level, an empty rationale and an empty willingness are warnings at their entries")
    func emptyEntries() {
        let fixture = Fixture(case: {
            $0.replacingFirst("fag: { level: 3, why: Grunn. }", with: "fag: { level: null, why: null }")
                .replacingFirst("fag: { level: 2, why: Grunn. }", with: "fag: { level: 2, why: \"  \" }")
                .replacingFirst("{ municipality: b, willing: true }", with: "{ municipality: b, willing: null }")
        })
        #expect(
            messages(fixture) == [
                "case.yaml:10:24: warning: det står ikkje om «b» vil vere vertskommune; skriv «willing: true» eller «willing: false»",
                "case.yaml:13:5: warning: «a» manglar skår på kriteriet «fag»; fyll inn «level:» og «why:»",
                "case.yaml:16:5: warning: skåren til «b» på kriteriet «fag» manglar grunngjeving; fyll inn «why:»",
            ])
        let diagnostics = Loader.validate(paths: [fixture.path("case.yaml")])
        #expect(diagnostics.unfinished.count == 3)
        #expect(!diagnostics.containsErrors)
    }

    @Test("A mistyped candidate is matched only against candidates without scores")
    func candidateSuggestionNotUsed() {
        // «aa» is one edit from «a», but «a» has its scores already: only «b» fits.
        let fixture = Fixture(case: { $0.replacingFirst("  b:\n", with: "  aa:\n") })
        #expect(
            messages(fixture) == [
                "case.yaml:12:3: warning: «b» manglar skår på kriteriet «fag»; fyll inn «level:» og «why:»",
                "case.yaml:12:3: warning: «b» manglar skår på kriteriet «kost»; fyll inn «value:» og «why:»",
                "case.yaml:15:3: error: ukjend kandidat «aa»; meinte du «b»?",
            ])
    }

    @Test("A mistyped criterion is matched only against criteria scored by hand that the candidate has no entry for")
    func criterionSuggestionFits() {
        // «reis» is one edit from the computed «reise», which is never scored by hand, and
        // both hand-scored criteria have entries: there is nothing to suggest.
        let fixture = Fixture(case: {
            $0.replacingFirst(
                "    kost: { value: 5, why: Grunn. }\n", with: "    kost: { value: 5, why: Grunn. }\n    reis: { value: 5, why: Nei. }\n")
        })
        #expect(messages(fixture) == ["case.yaml:18:5: error: ukjend kriterium «reis»"])
    }

    @Test("A mistyped candidate municipality is matched only against municipalities not listed already")
    func municipalitySuggestionNotListed() {
        // «bc» is one edit from both «b» (listed) and «c» (not listed): only «c» fits.
        let fixture = Fixture(case: {
            $0.replacingFirst(
                "  - { municipality: b, willing: true }\n", with: "  - { municipality: b, willing: true }\n  - { municipality: bc, willing: true }\n")
        })
        #expect(messages(fixture).first == "case.yaml:11:21: error: ukjend kommune «bc»; meinte du «c»?")
    }

    @Test("A score for a computed criterion is rejected")
    func scoreForComputed() {
        let fixture = Fixture(case: {
            $0.replacingFirst(
                "    kost: { value: 5, why: Grunn. }\n", with: "    kost: { value: 5, why: Grunn. }\n    reise: { value: 5, why: Nei. }\n")
        })
        #expect(
            messages(fixture) == [
                "case.yaml:18:5: error: «reise» blir rekna ut frå regionfila og skal ikkje skårast for hand; fjern denne skåren"
            ])
    }

    @Test("Negative, NaN and infinite weights", arguments: [("-3", "-3"), (".nan", ".nan"), (".inf", ".inf")])
    func invalidWeight(written: String, shown: String) {
        let fixture = Fixture(template: { $0.replacingFirst("weight: 30", with: "weight: \(written)") })
        #expect(messages(fixture) == ["template.yaml:22:17: error: vekta «\(shown)» er ugyldig; ei vekt er eit tal frå 0 til 1 000 000 (poeng)"])
    }

    @Test("All weights zero")
    func allZero() {
        let fixture = Fixture(template: {
            $0.replacingFirst("weight: 50", with: "weight: 0").replacingFirst("weight: 30", with: "weight: 0")
                .replacingFirst("weight: 20", with: "weight: 0")
        })
        #expect(messages(fixture) == ["template.yaml:6:1: error: alle vektene er 0; minst eitt kriterium må ha vekt over 0"])
    }

    @Test("Weights that do not sum to 100 give a warning, not an error")
    func weightSumWarning() {
        let fixture = Fixture(template: { $0.replacingFirst("weight: 30", with: "weight: 25") })
        #expect(messages(fixture) == ["template.yaml:6:1: warning: vektene summerer seg til 95 poeng, ikkje 100; dei blir skalerte til 100 %"])
    }

    @Test("A changed weight without a reason")
    func overrideWithoutReason() {
        let fixture = Fixture(case: { $0 + "weightOverrides:\n  - { criterion: fag, weight: 10 }\n" })
        #expect(messages(fixture) == ["case.yaml:19:5: error: vekta på «fag» er endra utan grunngjeving; skriv «reason:»"])
    }

    @Test("A value function whose worst equals its best")
    func degenerateValueFunction() {
        let fixture = Fixture(template: { $0.replacingFirst("worst: 20, best: 0", with: "worst: 5, best: 5") })
        #expect(messages(fixture) == ["template.yaml:26:19: error: verdifunksjonen har «worst» lik «best» (5); dei må vere ulike"])
    }

    @Test("A linear value function against its direction")
    func valueFunctionDirection() {
        let fixture = Fixture(template: { $0.replacingFirst("worst: 20, best: 0", with: "worst: 0, best: 20") })
        #expect(
            messages(fixture) == [
                "template.yaml:26:19: error: «direction: lowerIsBetter» krev «worst» større enn «best», men worst = 0 og best = 20"
            ])
    }

    @Test("An incomplete travel-time matrix")
    func travelTimeMissing() {
        let fixture = Fixture(region: { $0.replacingFirst("b: { c: 40 }", with: "b: { }") })
        #expect(messages(fixture) == ["region.yaml:11:3: error: reisetida mellom «b» og «c» manglar; oppgje ho i minst éi retning"])
    }

    @Test("A negative travel time")
    func travelTimeNegative() {
        let fixture = Fixture(region: { $0.replacingFirst("c: 60", with: "c: -60") })
        #expect(messages(fixture) == ["region.yaml:12:20: error: reisetida frå «a» til «c» er negativ (−60 min)"])
    }

    @Test("An asymmetric travel time beyond the tolerance")
    func travelTimeAsymmetric() {
        let fixture = Fixture(region: { $0.replacingFirst("b: { c: 40 }", with: "b: { c: 40, a: 45 }") })
        #expect(
            messages(fixture) == [
                "region.yaml:13:20: error: reisetida «a»→«b» er 30 min, men tilbake 45 min; skilnaden kan vere høgst 5 min («asymmetryTolerance»)"
            ])
    }

    @Test("An asymmetric travel time within the tolerance is accepted")
    func travelTimeWithinTolerance() {
        let fixture = Fixture(region: { $0.replacingFirst("b: { c: 40 }", with: "b: { c: 40, a: 33 }") })
        #expect(messages(fixture) == [])
    }

    @Test("An empty file")
    func emptyFile() {
        let fixture = Fixture(case: { _ in "" })
        #expect(messages(fixture) == ["case.yaml: error: fila er tom; ho må innehalde YAML med minst «kind:»"])
    }

    @Test("A binary file")
    func binaryFile() {
        let fixture = Fixture(case: { _ in "kind: case\u{0}\u{1}" })
        #expect(messages(fixture) == ["case.yaml: error: fila ser ut til å vere binær (ho har NUL-byte); venta ei YAML-tekstfil"])
    }

    @Test("A file that is not UTF-8 names the line, column and byte")
    func notUTF8() throws {
        let fixture = Fixture()
        var bytes = Data(Fixture.caseFile.utf8)
        let index = try #require(Fixture.caseFile.utf8.firstIndex(of: UInt8(ascii: "T")))
        let offset = Fixture.caseFile.utf8.distance(from: Fixture.caseFile.utf8.startIndex, to: index)
        bytes[offset + 5] = 0xE5  // Latin-1 "å" in "Testsak"
        try bytes.write(to: URL(fileURLWithPath: fixture.path("case.yaml")))
        #expect(messages(fixture) == ["case.yaml:3:13: error: fila er ikkje UTF-8 (første ugyldige byte er nr. 32); lagre ho som UTF-8"])
    }

    @Test("A huge file is refused before it is parsed")
    func hugeFile() {
        let fixture = Fixture(case: { $0 + "# " + String(repeating: "x", count: DataFile.sizeLimit) + "\n" })
        #expect(messages(fixture) == ["case.yaml: error: fila er 2,0 MB; datafiler kan vere høgst 2,0 MB"])
    }

    @Test("A file of the wrong kind")
    func wrongKind() {
        let fixture = Fixture()
        let found = Loader.validate(paths: [fixture.path("case.yaml")])
        #expect(found.isEmpty)
        let asCase = Fixture(case: { $0.replacingFirst("kind: case", with: "kind: cases") })
        #expect(
            messages(asCase) == [
                "case.yaml:1:7: error: «kind: cases» passar ikkje her; venta «template», «region», «case», «portfolio», «scenario» eller «judgement»"
            ])
    }

    @Test("Every problem is reported, not just the first")
    func allProblems() {
        let fixture = Fixture(
            case: {
                $0.replacingFirst("level: 3,", with: "level: 9,").replacingFirst("value: 10,", with: "value: x,")
                    .replacingFirst("title: Testsak\n", with: "")
            })
        #expect(messages(fixture).count == 3)
    }

    @Test("Problems in a referenced file are reported under that file's name")
    func referencedFileProblems() {
        let fixture = Fixture(region: { $0.replacingFirst("value: 3000", with: "value: -3") })
        #expect(messages(fixture) == ["region.yaml:6:70: error: folketalet «-3» er ugyldig; det må vere eit heilt tal over 0"])
    }

    /// The fixture's service with `lines` added after its name.
    static func service(_ lines: String) -> Fixture {
        Fixture(case: { $0.replacingFirst("  name: Teneste\n", with: "  name: Teneste\n" + lines) })
    }

    @Test("An unknown overhead criterion names the closest one")
    func overheadUnknownCriterion() {
        let fixture = Self.service("  budget: 1000\n  overheadCriterion: kostt\n")
        #expect(messages(fixture) == ["case.yaml:9:22: error: ukjend kriterium «kostt»; meinte du «kost»?"])
    }

    @Test("An overhead criterion must be a measure scored by hand, not a scale or a computed one", arguments: ["fag", "reise"])
    func overheadCriterionKind(_ criterion: String) {
        let fixture = Self.service("  budget: 1000\n  overheadCriterion: \(criterion)\n")
        #expect(
            messages(fixture) == [
                "case.yaml:9:22: error: «\(criterion)» kan ikkje gje påslaget til vertskommunen: «overheadCriterion» må vere eit kriterium med «measure:» som blir skåra for hand med «value:» i prosent av budsjettet"
            ])
    }

    @Test("An overhead criterion without a budget asks for the base budget")
    func overheadWithoutBudget() {
        let fixture = Self.service("  overheadCriterion: kost\n")
        #expect(
            messages(fixture) == [
                "case.yaml:8:3: error: «overheadCriterion: kost» legg påslaget til vertskommunen på budsjettet, men tenesta har ikkje «budget:»; før opp grunnbudsjettet i kroner per år, eller fjern «overheadCriterion»"
            ])
        #expect(
            messages(fixture, language: .en) == [
                "case.yaml:8:3: error: 'overheadCriterion: kost' adds the host's overhead to the budget, but the service has no 'budget:'; give the base budget in NOK per year, or remove 'overheadCriterion'"
            ])
    }

    @Test("An overhead below 0 or above 100 % is refused at the value", arguments: [("150", "150"), ("-3", "−3")])
    func overheadOutOfRange(_ written: String, _ shown: String) {
        let fixture = Fixture(case: {
            $0.replacingFirst("  name: Teneste\n", with: "  name: Teneste\n  budget: 1000\n  overheadCriterion: kost\n")
                .replacingFirst("value: 10,", with: "value: \(written),")
        })
        #expect(
            messages(fixture) == [
                "case.yaml:16:20: error: påslaget til «a» på «kost» er \(shown) %, men «kost» er påslagskriteriet til budsjettet («overheadCriterion»), så verdien må vere frå 0 til 100 (prosent av budsjettet)"
            ])
    }

    @Test("An overhead that is not a number is refused as any number is; 0 and 100 % are accepted")
    func overheadNotANumber() {
        let nan = Fixture(case: {
            $0.replacingFirst("  name: Teneste\n", with: "  name: Teneste\n  budget: 1000\n  overheadCriterion: kost\n")
                .replacingFirst("value: 10,", with: "value: .nan,")
        })
        #expect(messages(nan) == ["case.yaml:16:20: error: venta eit tal (desimalpunktum, til dømes 2.5), fann «.nan»"])
        for edge in ["0", "100"] {
            let fixture = Fixture(case: {
                $0.replacingFirst("  name: Teneste\n", with: "  name: Teneste\n  budget: 1000\n  overheadCriterion: kost\n")
                    .replacingFirst("value: 10,", with: "value: \(edge),")
            })
            #expect(messages(fixture) == [], "\(edge)")
        }
    }
}
