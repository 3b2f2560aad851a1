import Vertsval

/// The pieces the painter draws a text in when it holds passages in another language than
/// the document's (`Document.otherLanguageTexts`, found by `LanguageMarker` as the HTML
/// report finds them): each passage is a piece of its own, and so is the text between.
///
/// A text without such a passage is drawn whole, as before; one that holds a passage is
/// drawn piece by piece, each piece in a `Span` whose language `PDFArchive` writes as
/// `/Lang`, so that a screen reader reads the passage with the right voice.
struct PDFLanguagePieces {
    /// A stretch of a text's characters and the language it is written in.
    struct Piece: Equatable {
        /// UTF-8 offsets in `PDFText.string`.
        var bytes: Range<Int>
        /// The passage's language, or nil for text in the document's language.
        var language: Language?
    }

    /// The passages looked for.
    private let marker: LanguageMarker
    /// The pieces found for each text string, or nil for a text without a passage.
    private var found: [String: [Piece]?] = [:]

    /// Pieces for the passages `texts`.
    init(_ texts: [OtherLanguageText]) {
        marker = LanguageMarker(texts)
    }

    /// The pieces of `text` in order, together covering all of it, or nil when it holds
    /// no passage (or is cut with "…", whose last glyphs stand for no character).
    ///
    /// - Complexity: O(*n* · *k*) for a text of *n* characters and *k* passages the first
    ///   time a text is asked for, O(*n*) after.
    mutating func pieces(of text: PDFText) -> [Piece]? {
        guard !marker.isEmpty, !text.ellipsize else { return nil }
        let string = text.string
        if let known = found[string] { return known }
        let pieces = Self.pieces(of: string, passages: marker.passages(in: string))
        found[string] = .some(pieces)
        return pieces
    }

    /// `string` cut at the ends of `passages`, or nil when there are none.
    static func pieces(of string: String, passages: [LanguageMarker.Passage]) -> [Piece]? {
        guard !passages.isEmpty else { return nil }
        let utf8 = string.utf8
        func offset(_ index: String.Index) -> Int { utf8.distance(from: utf8.startIndex, to: index) }
        var pieces: [Piece] = []
        var start = 0
        for passage in passages {
            let lower = offset(passage.range.lowerBound)
            let upper = offset(passage.range.upperBound)
            if start < lower { pieces.append(Piece(bytes: start..<lower, language: nil)) }
            pieces.append(Piece(bytes: lower..<upper, language: passage.language))
            start = upper
        }
        if start < utf8.count { pieces.append(Piece(bytes: start..<utf8.count, language: nil)) }
        return pieces
    }
}
