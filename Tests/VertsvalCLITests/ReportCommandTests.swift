import Foundation
import Testing
import VertsvalTestSupport

@Suite struct ReportCommandTests {
    static let bundled = "Cases/sogn/ureining-miljo-tilsyn.yaml"

    static func tool(_ name: String) throws -> String {
        let path = "/usr/bin/\(name)"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            Issue.record("\(name) not found: install Debian's poppler-utils (CI does)")
            throw CancellationError()
        }
        return path
    }

    @Test("The case report as PDF: winner, totals, margin and 'Side 1 av N' in the text; every page renders", arguments: ["nn", "en"])
    func pdf(language: String) throws {
        let folder = TestSupport.temporaryFolder()
        let pdf = folder.appendingPathComponent("rapport.pdf").path
        let result = try CLI.run(["report", Self.bundled, "-o", pdf, "--date", "2026-02-10", "--lang", language])
        #expect(result.status == 0, "\(result.stderr)")
        let info = try runProcess(try Self.tool("pdfinfo"), [pdf])
        let pagesLine = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") } ?? ""
        let pages = Int(pagesLine.split(separator: " ").last ?? "") ?? 0
        // 2–7 pages, and up to 2 more for the board members' own weights (six in the bundled case).
        #expect((2...9).contains(pages), "\(pages) pages: a case report is 2–7 pages, 9 with the members' weights")
        let text = try runProcess(try Self.tool("pdftotext"), ["-layout", pdf, "-"]).stdout
        #expect(text.contains("Luster"))
        #expect(text.contains("Sogndal"))
        if language == "nn" {
            #expect(text.contains("68,6"))
            #expect(text.contains("66,3"))
            #expect(text.contains("2,3 poeng"))
            #expect(text.contains("Side 1 av \(pages)"))
            #expect(text.contains("Side \(pages) av \(pages)"))
            #expect(text.contains("kommunelova §§ 20-2 og 20-3"))
            #expect(text.contains("10. februar 2026"))
        } else {
            #expect(text.contains("68.6"))
            #expect(text.contains("Page 1 of \(pages)"))
        }
        #expect(text.contains("SHA-256"))
        let render = try runProcess(try Self.tool("pdftoppm"), ["-r", "30", "-png", pdf, folder.appendingPathComponent("page").path])
        #expect(render.status == 0)
        let images = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("page") && $0.hasSuffix(".png") }
        #expect(images.count == pages)
    }

    @Test("A temporary file left by a killed run is removed on the next write; our own temporaries are recognisable")
    func staleTemporary() throws {
        let folder = TestSupport.temporaryFolder("stale")
        // A process id no system hands out (above the kernel's limit of 4 194 304).
        let stale = folder.appendingPathComponent(".r.pdf.vertsval-tmp-99999999-7").path
        TestSupport.write("half a report", to: ".r.pdf.vertsval-tmp-99999999-7", in: folder)
        let other = TestSupport.write("someone else's", to: ".r.pdf.tmp", in: folder)
        let output = folder.appendingPathComponent("r.pdf").path
        let result = try CLI.run(["report", Self.bundled, "-o", output, "--date", "2026-02-10", "--samples", "1000"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".r.pdf.tmp", "r.pdf"])
    }

    @Test("Two runs give identical bytes, in PDF and HTML", arguments: ["pdf", "html", "md"])
    func deterministic(format: String) throws {
        let folder = TestSupport.temporaryFolder()
        let first = folder.appendingPathComponent("a.\(format)").path
        let second = folder.appendingPathComponent("b.\(format)").path
        #expect(try CLI.run(["report", Self.bundled, "-o", first, "--date", "2026-02-10"]).status == 0)
        #expect(try CLI.run(["report", Self.bundled, "-o", second, "--date", "2026-02-10"]).status == 0)
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        let b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(!a.isEmpty)
        #expect(a == b)
    }

    @Test("The HTML report is self-contained and in the right language")
    func html() throws {
        let folder = TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("r.html").path
        #expect(try CLI.run(["report", "Cases/sogn/ppt-vertskommune.yaml", "-o", path, "--date", "2026-02-10", "--lang", "nb"]).status == 0)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("<html lang=\"nb\""))
        #expect(!html.contains("http://"))
        #expect(!html.contains("https://"))
        #expect(html.contains("<svg"))
        #expect(html.contains("Vik faller ut"))
        #expect(!html.contains("<script"))
    }

    @Test("The Markdown report matches the golden file")
    func markdown() throws {
        let folder = TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("r.md").path
        #expect(try CLI.run(["report", Self.bundled, "-o", path, "--date", "2026-02-10"]).status == 0)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let expected = try #require(Golden.expected("report-ureining.nn.md", actual: text))
        #expect(text == expected)
    }

    @Test("The portfolio report renders as PDF with its charts")
    func portfolio() throws {
        let folder = TestSupport.temporaryFolder()
        let pdf = folder.appendingPathComponent("p.pdf").path
        let result = try CLI.run(["report", "Cases/sogn/tenester-2027.yaml", "-o", pdf, "--date", "2026-02-10"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try runProcess(try Self.tool("pdftotext"), [pdf, "-"]).stdout
        #expect(text.contains("Del av årsverka mot del av folketalet"))
        #expect(text.contains("Barnevern"))
        #expect(text.contains("Side 1 av"))
    }

    @Test("A missing output folder is a clear error and writes nothing")
    func missingFolder() throws {
        let result = try CLI.run(["report", Self.bundled, "-o", "/nonexistent-folder/r.pdf"])
        #expect(result.status == 1)
        #expect(result.stderr == "vertsval: feil: kan ikkje skrive «/nonexistent-folder/r.pdf»: mappa «/nonexistent-folder» finst ikkje\n")
    }

    @Test("An unknown extension is a usage error")
    func badExtension() throws {
        let result = try CLI.run(["report", Self.bundled, "-o", "r.docx"])
        #expect(result.status == 64)
    }

    @Test("An unknown --pdf-profile is a usage error that names the two profiles")
    func badPDFProfile() throws {
        let result = try CLI.run(["report", Self.bundled, "-o", "r.pdf", "--pdf-profile", "pdfa"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("archive"))
        #expect(result.stderr.contains("plain"))
    }
}
