import Foundation

/// Runs the poppler command-line tools on rendered PDFs, for the PDF tests.
enum RenderTestTools {
    /// A tool the tests need is not installed.
    struct MissingTool: Error, CustomStringConvertible {
        var tool: String
        var description: String {
            "\(tool) was not found on PATH or in /usr/bin. The PDF tests need poppler-utils (Debian: apt-get install poppler-utils)."
        }
    }

    /// What a tool printed, and how it ended.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The full path of `tool`, searched on PATH and in /usr/bin and /usr/local/bin.
    static func path(of tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let folders = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return folders.map { $0 + "/" + tool }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `tool` with `arguments` and waits for it.
    ///
    /// - Throws: `MissingTool` when the tool is not installed.
    static func run(_ tool: String, _ arguments: [String]) throws -> Output {
        guard let executable = path(of: tool) else { throw MissingTool(tool: tool) }
        let folder = try temporaryFolder()
        let outURL = folder.appendingPathComponent("stdout")
        let errURL = folder.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        try? FileManager.default.removeItem(at: folder)
        return Output(status: process.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// A new, empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vertsval-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `data` to a file in a new temporary folder and returns its URL.
    static func write(_ data: Data, name: String) throws -> URL {
        let url = try temporaryFolder().appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// `text` with every run of white space (including U+00A0 and line breaks) turned
    /// into one ordinary space.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// A word and its box, as `pdftotext -bbox` reports it.
    struct Word {
        var text: String
        var page: Int
        var xMin: Double
        var yMin: Double
        var xMax: Double
        var yMax: Double
    }

    /// The words of a PDF with their boxes, and the page size.
    static func words(in pdf: URL) throws -> (words: [Word], width: Double, height: Double) {
        let output = try run("pdftotext", ["-bbox", pdf.path, "-"])
        var words: [Word] = []
        var page = 0
        var size = (0.0, 0.0)
        func attribute(_ name: String, in line: Substring) -> Double? {
            guard let range = line.range(of: name + "=\"") else { return nil }
            let rest = line[range.upperBound...]
            return rest.firstIndex(of: "\"").flatMap { Double(rest[..<$0]) }
        }
        for line in output.stdout.split(separator: "\n") {
            if line.contains("<page ") {
                page += 1
                size = (attribute("width", in: line) ?? 0, attribute("height", in: line) ?? 0)
            } else if line.contains("<word "), let x0 = attribute("xMin", in: line), let y0 = attribute("yMin", in: line),
                let x1 = attribute("xMax", in: line), let y1 = attribute("yMax", in: line),
                let start = line.firstIndex(of: ">"), let end = line.range(of: "</word>")
            {
                words.append(Word(text: String(line[line.index(after: start)..<end.lowerBound]), page: page, xMin: x0, yMin: y0, xMax: x1, yMax: y1))
            }
        }
        return (words, size.0, size.1)
    }
}
