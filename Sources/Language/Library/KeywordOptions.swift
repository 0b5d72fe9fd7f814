import Terms

/// Reads options given as a keyword list (`trim: true, parts: 2`).
enum KeywordOptions {
    /// The value stored under `key`, or nil when the list has none (or is not a keyword list).
    static func value(_ options: Term, _ key: String) -> Term? {
        for element in options.properListElements ?? [] {
            guard case .tuple(let pair) = element, pair.elements.count == 2 else { continue }
            if pair.elements[0] == .atom(key) { return pair.elements[1] }
        }
        return nil
    }

    /// Whether `key` is set to anything truthy.
    static func flag(_ options: Term, _ key: String) -> Bool {
        value(options, key).map { !$0.isFalsy } ?? false
    }
}
