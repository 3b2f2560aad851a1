extension LinearModel {
    /// The punctuation allowed in names besides ASCII letters, digits and `_`.
    ///
    /// These characters are valid in CPLEX LP names (as GLPK reads and writes them) and in free
    /// MPS names; characters that GLPK's writers rewrite (space, `-`, `[`, `]`), that start an
    /// MPS comment (`$`) or that GLPK uses for its own names (`~`) are excluded.
    public static let allowedNamePunctuation = "_.()#@!?%&/{}|,"

    /// The longest name GLPK stores, in UTF-8 bytes; longer names abort the process.
    public static let maximumNameLength = 255

    /// The row name GLPK's MPS writer gives the objective, so no row may use it.
    static let reservedRowName = "R0000000"

    /// Turns arbitrary text into a valid name by replacing each disallowed character with `_`.
    ///
    /// A leading `_` is added if the text does not start with a letter or `_`, and the result is
    /// cut to ``maximumNameLength`` bytes. Different texts can give the same name
    /// (`"a b"` and `"a-b"` both give `"a_b"`); ``validate()`` reports such duplicates.
    ///
    /// ```swift
    /// LinearModel.sanitizedName("x[Høyanger, 2]")  // "x_H_yanger,_2_"
    /// ```
    /// - Complexity: O(length of `text`).
    public static func sanitizedName(_ text: String) -> String {
        var result = String(text.unicodeScalars.map { isAllowedInName($0) ? Character($0) : "_" })
        if let first = result.unicodeScalars.first, !isAllowedFirstInName(first) {
            result = "_" + result
        }
        if result.isEmpty { result = "_" }
        return String(result.prefix(maximumNameLength))
    }

    /// Checks a name against the rules in ``LinearModel``, without the uniqueness rule.
    static func checkName(_ name: String, of element: ModelElement) throws(GLPKError) {
        guard let first = name.unicodeScalars.first else {
            throw .invalidName(element, problem: .empty)
        }
        let bytes = name.utf8.count
        guard bytes <= maximumNameLength else {
            throw .invalidName(element, problem: .tooLong(bytes: bytes))
        }
        guard isAllowedFirstInName(first) else {
            throw .invalidName(element, problem: .invalidFirstCharacter(Character(first)))
        }
        if let bad = name.unicodeScalars.first(where: { !isAllowedInName($0) }) {
            throw .invalidName(element, problem: .invalidCharacter(Character(bad)))
        }
    }

    private static func isAllowedFirstInName(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || (scalar.isASCII && (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)))
    }

    private static func isAllowedInName(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return false }
        return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || allowedNamePunctuation.unicodeScalars.contains(scalar)
    }
}
