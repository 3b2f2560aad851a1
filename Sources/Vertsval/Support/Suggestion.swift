/// Finds the closest valid name for a mistyped one.
public enum Suggestion {
    /// The candidate closest to `input` by edit distance, if it is close enough to be a
    /// plausible typo (at most a third of the longer word, and at least one edit allowed).
    ///
    /// - Complexity: O(*n* · *m* · *k*) for *k* candidates of length *m*.
    public static func closest(to input: String, in candidates: some Sequence<String>) -> String? {
        let lowered = input.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, candidate.lowercased())
            let current = best?.distance ?? .max
            // On equal distance, prefer a name that contains the input ("b" → "bb", not "a").
            let containsInput = candidate.lowercased().contains(lowered)
            if distance < current || (distance == current && containsInput && !(best?.name.lowercased().contains(lowered) ?? false)) {
                best = (candidate, distance)
            }
        }
        guard let best else { return nil }
        let limit = max(2, (max(input.count, best.name.count) + 2) / 3)
        if best.distance <= limit { return best.name }
        // A prefix or containment is also a good hint ("fag" → "fagmiljo").
        if lowered.count >= 3, best.name.lowercased().contains(lowered) { return best.name }
        return nil
    }

    /// Levenshtein distance counting adjacent transpositions as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previous2[j - 2] + 1)
                }
                current[j] = value
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

extension Suggestion {
    /// The id in `candidates` closest to `input`, by the same rule as for plain names.
    public static func closest<Tag>(to input: Identifier<Tag>, in candidates: some Sequence<Identifier<Tag>>) -> Identifier<Tag>? {
        closest(to: input.rawValue, in: candidates.map(\.rawValue)).map(Identifier.init(rawValue:))
    }
}
