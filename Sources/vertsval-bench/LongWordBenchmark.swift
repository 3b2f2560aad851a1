import Foundation
import Vertsval
import VertsvalReport

/// Laying out long unbroken words in the PDF (issue 16, item 11): a title, running header
/// and paragraph that are one word of `n` characters, and, for comparison, a paragraph of
/// `n` characters in ordinary words. The time should grow linearly with `n`.
///
/// `vertsval-bench --long-words [--lengths 10000,20000,40000]`.
enum LongWordBenchmark {
    static func run(arguments: [String]) throws {
        var lengths = [10_000, 20_000, 40_000]
        if let index = arguments.firstIndex(of: "--lengths"), index + 1 < arguments.count {
            lengths = arguments[index + 1].split(separator: ",").compactMap { Int($0) }
        }
        let date = CalendarDate(utc: Date(timeIntervalSince1970: 1_770_681_600))  // 2026-02-10
        var results: [BenchmarkResult] = []
        for n in lengths {
            let word = String(repeating: "abcdefghij", count: n / 10 + 1).prefix(n)
            let words = String(repeating: "abcdefghi ", count: n / 10 + 1).prefix(n)
            let documents: [(String, Document)] = [
                ("title and running header: one word", Document(title: String(word), language: .nn, runningHeader: [String(word)])),
                ("paragraph: one word", Document(title: "T", language: .nn, runningHeader: ["H"], blocks: [.paragraph(String(word))])),
                ("paragraph: ordinary words", Document(title: "T", language: .nn, runningHeader: ["H"], blocks: [.paragraph(String(words))])),
            ]
            for (label, document) in documents {
                var pages = 0
                var result = try Benchmark("report: PDF, \(label), \(n) characters", iterations: 1, warmup: 0).run {
                    let data = try PDFRenderer().render(
                        document, metadata: PDFMetadata(title: "Bench", author: nil, subject: nil, keywords: [], date: date))
                    pages = data.count
                }
                result.notes["bytes"] = String(pages)
                results.append(result)
            }
        }
        try BenchMain.printReport(results)
    }
}
