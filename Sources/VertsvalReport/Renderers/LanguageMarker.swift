import Vertsval

/// Finds the passages of a text written in another language than the document's, so that
/// renderers can mark them for a screen reader (WCAG 2.1 3.1.2, language of parts): the
/// HTML report wraps each in `<span lang="…">`, the archive PDF puts each in a `Span`
/// structure element with `/Lang`.
///
/// A passage is marked where it stands as a whole: not inside a longer word. Where two
/// passages could start at the same place, the longer one is marked.
///
/// ```swift
/// let marker = LanguageMarker([OtherLanguageText("Illustrerande skår.", language: .nn)])
/// marker.html("level 4 of 5: Illustrerande skår.")
/// // level 4 of 5: <span lang="nn">Illustrerande skår.</span>
/// ```
struct LanguageMarker: Sendable {
    /// One passage found in a text.
    struct Passage: Equatable {
        /// Where it stands in the text.
        var range: Range<String.Index>
        /// The language it is written in.
        var language: Language
    }

    /// The passages, longest first.
    private let passages: [(text: [Character], language: Language)]

    /// A marker for `texts`.
    init(_ texts: [OtherLanguageText]) {
        passages = texts.filter { !$0.text.isEmpty }
            .sorted { $0.text.count != $1.text.count ? $0.text.count > $1.text.count : $0.text < $1.text }
            .map { (Array($0.text), $0.language) }
    }

    /// A marker that marks nothing.
    static let none = LanguageMarker([])

    /// Whether the marker has no passages to look for.
    var isEmpty: Bool { passages.isEmpty }

    /// The passages in `text`, in order, not overlapping.
    ///
    /// - Complexity: O(*n* · *k*) for a text of *n* characters and *k* passages.
    func passages(in text: String) -> [Passage] {
        guard !passages.isEmpty else { return [] }
        let characters = Array(text)
        var found: [Passage] = []
        var index = 0
        var position = text.startIndex
        while index < characters.count {
            if let passage = passage(at: index, in: characters) {
                let end = text.index(position, offsetBy: passage.text.count)
                found.append(Passage(range: position..<end, language: passage.language))
                index += passage.text.count
                position = end
            } else {
                index += 1
                position = text.index(after: position)
            }
        }
        return found
    }

    /// `text` escaped, with the passages in another language marked.
    ///
    /// - Complexity: O(*n* · *k*) for a text of *n* characters and *k* passages.
    func html(_ text: String) -> String {
        var out = ""
        var start = text.startIndex
        for passage in passages(in: text) {
            out += XMLText.escaped(String(text[start..<passage.range.lowerBound]))
            out += "<span lang=\"\(passage.language.rawValue)\">" + XMLText.escaped(String(text[passage.range])) + "</span>"
            start = passage.range.upperBound
        }
        return out + XMLText.escaped(String(text[start...]))
    }

    /// The longest passage that starts at `index` and is not part of a longer word.
    private func passage(at index: Int, in characters: [Character]) -> (text: [Character], language: Language)? {
        if index > 0, characters[index - 1].isLetter || characters[index - 1].isNumber { return nil }
        return passages.first { passage in
            let end = index + passage.text.count
            guard end <= characters.count, characters[index..<end].elementsEqual(passage.text) else { return false }
            return end == characters.count || !(characters[end].isLetter || characters[end].isNumber)
        }
    }
}
