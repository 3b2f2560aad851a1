import Vertsval

/// Escapes text for HTML and wraps each passage written in another language than the
/// page's in `<span lang="…">`, so that a screen reader reads it with the right voice
/// (WCAG 2.1 3.1.2, language of parts).
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

    /// `text` escaped, with the passages in another language marked.
    ///
    /// - Complexity: O(*n* · *k*) for a text of *n* characters and *k* passages.
    func html(_ text: String) -> String {
        guard !passages.isEmpty else { return XMLText.escaped(text) }
        let characters = Array(text)
        var out = ""
        var plain = ""
        var index = 0
        while index < characters.count {
            if let passage = passage(at: index, in: characters) {
                out += XMLText.escaped(plain)
                plain = ""
                out += "<span lang=\"\(passage.language.rawValue)\">" + XMLText.escaped(String(passage.text)) + "</span>"
                index += passage.text.count
            } else {
                plain.append(characters[index])
                index += 1
            }
        }
        return out + XMLText.escaped(plain)
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
