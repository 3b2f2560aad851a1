/// Break opportunities in over-long words, so that pango lays them out in linear time.
///
/// pango 1.50 wraps `PANGO_WRAP_WORD_CHAR` text by first looking for a word break on every
/// line; in a word longer than a line it finds none, falls back to breaking between
/// characters, and starts again on the next line from the same word: a word of n
/// characters costs O(n²) (10 000 characters 0.6 s, 20 000 characters 2 s in a body
/// paragraph; issue 16). A zero-width space (U+200B) is a break opportunity that draws
/// nothing and is not part of the extracted text. In every run of more than
/// `longRun` characters without whitespace, one is put after every `chunk` characters;
/// shorter runs, which are all real words, are left as they are, so ordinary text lays out
/// exactly as before.
enum PDFLineBreaking {
    /// Runs of more characters than this without a break get break opportunities: more than
    /// any line of the report holds (about 120 characters at 8 pt across the page).
    static let longRun = 200
    /// The characters between two inserted break opportunities. A line of an over-long word
    /// then ends at most `chunk − 1` characters short of the margin.
    static let chunk = 16
    /// The break opportunity inserted.
    static let zeroWidthSpace: Character = "\u{200B}"

    /// `pieces` (the runs of one text, in order) with break opportunities in every run of
    /// more than `longRun` characters without whitespace; a run of characters may continue
    /// from one piece into the next. Removing every U+200B from the result gives `pieces`
    /// back when they had none.
    ///
    /// - Complexity: O(n) in the total number of characters.
    static func breakable(_ pieces: [String]) -> [String] {
        // Fast path: nothing to do unless the text has that many characters at all.
        guard pieces.reduce(0, { $0 + $1.utf8.count }) > longRun else { return pieces }
        // The characters of the current run not yet placed, across pieces.
        var run = 0
        var pending: [(piece: Int, text: Substring)] = []
        var output = pieces.map { _ in "" }

        /// Places the pending run: as it is when short, else with a break after every `chunk`.
        func flush() {
            let long = run > longRun
            var count = 0
            for (piece, text) in pending {
                if !long {
                    output[piece] += text
                    continue
                }
                for character in text {
                    output[piece].append(character)
                    count += 1
                    if count % chunk == 0 && count < run { output[piece].append(zeroWidthSpace) }
                }
            }
            pending.removeAll(keepingCapacity: true)
            run = 0
        }

        for (index, piece) in pieces.enumerated() {
            var start = piece.startIndex
            var position = piece.startIndex
            while position < piece.endIndex {
                let character = piece[position]
                if character.isWhitespace || character == zeroWidthSpace {
                    if start < position { pending.append((index, piece[start..<position])) }
                    flush()
                    output[index].append(character)
                    position = piece.index(after: position)
                    start = position
                } else {
                    run += 1
                    position = piece.index(after: position)
                }
            }
            if start < piece.endIndex { pending.append((index, piece[start..<piece.endIndex])) }
        }
        flush()
        return output
    }

    /// The UTF-8 offset in `breakable` (`original` with break opportunities put in by
    /// `breakable(_:)`) of the character at UTF-8 offset `offset` in `original`.
    ///
    /// - Complexity: O(n) in the characters before `offset`.
    static func offset(_ offset: Int, of original: String, in breakable: String) -> Int {
        var originalScalars = original.unicodeScalars.makeIterator()
        var breakableScalars = breakable.unicodeScalars.makeIterator()
        var next = originalScalars.next()
        var position = 0
        var result = 0
        while position < offset, let scalar = next, let laidOut = breakableScalars.next() {
            if laidOut == scalar {
                position += scalar.utf8.count
                next = originalScalars.next()
            }
            result += laidOut.utf8.count
        }
        return result
    }
}
