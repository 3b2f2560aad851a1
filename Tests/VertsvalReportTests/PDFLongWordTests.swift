import Foundation
import SplitMix
import Testing
import Vertsval

@testable import VertsvalReport

/// Long unbroken words in the PDF (issue 16, item 11): pango wraps a word longer than a line
/// in quadratic time, and a text running over many pages was laid out once per page. The
/// checks count, they do not time: no run of characters longer than `longRun` reaches
/// pango, and the number of layouts does not grow with the length of the text.
@Suite struct PDFLongWordTests {
    static let date = CalendarDate(year: 2026, month: 2, day: 10)

    /// The longest stretch without whitespace or break opportunity in `text`.
    static func longestRun(_ text: String) -> Int {
        var longest = 0
        var run = 0
        for character in text {
            if character.isWhitespace || character == PDFLineBreaking.zeroWidthSpace {
                run = 0
            } else {
                run += 1
                longest = max(longest, run)
            }
        }
        return longest
    }

    @Test("An over-long word gets a break opportunity every 16 characters; removing them gives the text back")
    func longWordIsBroken() {
        let word = String(repeating: "abcdefghij", count: 10_000)
        let broken = PDFLineBreaking.breakable(["Tittel: " + word + " slutt"])
        #expect(broken.count == 1)
        #expect(broken[0].filter { $0 != PDFLineBreaking.zeroWidthSpace } == "Tittel: " + word + " slutt")
        #expect(Self.longestRun(broken[0]) == PDFLineBreaking.chunk)
        #expect(broken[0].filter { $0 == PDFLineBreaking.zeroWidthSpace }.count == (word.count - 1) / PDFLineBreaking.chunk)
        #expect(broken[0].hasPrefix("Tittel: abcdefghijabcdef\u{200B}ghij"))
    }

    @Test("Ordinary text, and words up to 200 characters, are left exactly as they are")
    func ordinaryTextUntouched() {
        let pieces = [
            "Luster vinn mest på kontinuitet for tilsette (+5,0), lokale og kontorplass (+4,0). ",
            String(repeating: "x", count: PDFLineBreaking.longRun), " ", String(repeating: "Kommunesamanslåing ", count: 40),
            "https://www.ssb.no/statbank/table/07459/tableViewLayout1/?loadedQueryId=10096161&timeType=item",
        ]
        #expect(PDFLineBreaking.breakable(pieces) == pieces)
        #expect(PDFLineBreaking.breakable([String(repeating: "y", count: PDFLineBreaking.longRun + 1)])[0].contains("\u{200B}"))
    }

    @Test(
        "Random texts of runs of every length, split into pieces anywhere: no long run survives, pieces keep their text",
        arguments: 0..<40)
    func randomPieces(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed))
        var text = ""
        for _ in 0..<Int.random(in: 1...12, using: &random) {
            let length = [0, 1, 15, 16, 17, 199, 200, 201, 333, 1000, 5000][Int.random(in: 0..<11, using: &random)]
            let alphabet = Array("aæøå-/.,é🇳🇴")
            text += String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] })
            text += [" ", "\n", "\t", "  "][Int.random(in: 0..<4, using: &random)]
        }
        let characters = Array(text)
        var cuts = (0..<Int.random(in: 0...5, using: &random)).map { _ in Int.random(in: 0...characters.count, using: &random) }.sorted()
        cuts = [0] + cuts + [characters.count]
        let pieces = zip(cuts, cuts.dropFirst()).map { String(characters[$0..<$1]) }
        let broken = PDFLineBreaking.breakable(pieces)
        #expect(broken.count == pieces.count)
        for (original, result) in zip(pieces, broken) {
            #expect(result.filter { $0 != PDFLineBreaking.zeroWidthSpace } == original)
        }
        #expect(Self.longestRun(broken.joined()) <= PDFLineBreaking.longRun)
        if Self.longestRun(text) <= PDFLineBreaking.longRun { #expect(broken == pieces) }
    }

    /// A document whose title, running header and body are one word of `length` characters.
    static func document(_ length: Int) -> Document {
        let word = String(String(repeating: "abcdefghij", count: length / 10 + 1).prefix(length))
        return Document(
            title: word, language: .nn, runningHeader: [word], blocks: [.heading(word, level: 1), .paragraph(word), .paragraph("Slutt.")])
    }

    @Test("The pango layouts made for a word that runs over many pages do not grow with its length")
    func layoutsDoNotGrowWithPages() throws {
        let date = try #require(Self.date)
        let metadata = PDFMetadata(title: "t", author: nil, subject: nil, keywords: [], date: date)
        let short = try PDFRenderer().renderCounting(Self.document(3_000), metadata: metadata)
        let long = try PDFRenderer().renderCounting(Self.document(12_000), metadata: metadata)
        // One footer per page (they differ by page number); the title, header, heading,
        // paragraph and "Slutt." a few times at most, however many pages they run over.
        let pagesShort = try Self.pageCount(short.data)
        let pagesLong = try Self.pageCount(long.data)
        #expect(pagesLong > pagesShort + 5)
        #expect(
            long.layouts - pagesLong == short.layouts - pagesShort,
            "layouts: \(short.layouts) for \(pagesShort) pages, \(long.layouts) for \(pagesLong)")
        #expect(long.layouts - pagesLong <= 12)
    }

    @Test("A long word is all there in the extracted text, on pages that stay within the margins")
    func longWordReadsBack() throws {
        let date = try #require(Self.date)
        let word = String(repeating: "abcdefghij", count: 300)
        let document = Document(title: "Lang tittel", language: .nn, runningHeader: ["H"], blocks: [.paragraph(word)])
        let data = try PDFRenderer().render(document, metadata: PDFMetadata(title: "t", author: nil, subject: nil, keywords: [], date: date))
        let url = try RenderTestTools.write(data, name: "long-word.pdf")
        let output = try RenderTestTools.run("pdftotext", ["-enc", "UTF-8", url.path, "-"])
        let text = output.stdout.filter { !$0.isWhitespace }
        #expect(text.contains(word))
        #expect(!output.stdout.contains("\u{200B}"))
        // pango got the word with its break opportunities: every full line ends at one (pango
        // alone fills each line to the margin, which gives other lengths).
        let lines = output.stdout.split(separator: "\n").filter { $0.hasPrefix("abcdefghij") }
        #expect(lines.count > 10)
        #expect(lines.dropLast().allSatisfy { $0.count % PDFLineBreaking.chunk == 0 }, "\(lines.map(\.count))")
        let (words, width, _) = try RenderTestTools.words(in: url)
        #expect(words.allSatisfy { $0.xMax <= width - PDFPageStyle.sideMargin + 1 })
    }

    static func pageCount(_ data: Data) throws -> Int {
        let url = try RenderTestTools.write(data, name: "count.pdf")
        let info = try RenderTestTools.run("pdfinfo", [url.path])
        let line = info.stdout.split(separator: "\n").first { $0.hasPrefix("Pages:") }
        return try #require(line.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) })
    }
}
