/// A character class: `[a-z_]`, `[^\d]`, `\w`, `\p{Lu}`, `[[:alpha:]]`.
struct RegexCharacterSet: Sendable {
    /// Explicit ranges (a single character is a range of one).
    var ranges: [ClosedRange<UInt32>] = []
    /// Named classes inside the set, each possibly negated (`\D`, `[:^alpha:]`).
    var classes: [(RegexCharacterClass, negated: Bool)] = []
    /// `[^...]`.
    var negated = false
    /// With `i`: a character's other cases are members too.
    var caseless = false
    /// With `u`: `\d`, `\w`, `\s` and case folding follow Unicode, as PCRE's `ucp` does.
    var unicode = false

    /// A set holding one named class.
    init(_ kind: RegexCharacterClass, negated: Bool, unicode: Bool) {
        classes = [(kind, negated)]
        self.unicode = unicode
    }

    /// An empty set, to be filled by the parser.
    init(caseless: Bool, unicode: Bool) {
        self.caseless = caseless
        self.unicode = unicode
    }

    /// Whether `character` belongs to the set.
    func contains(_ character: UInt32) -> Bool {
        if containsExactly(character) { return !negated }
        if caseless {
            for variant in RegexCaseFolding.otherCases(of: character, unicode: unicode) where containsExactly(variant) {
                return !negated
            }
        }
        return negated
    }

    private func containsExactly(_ character: UInt32) -> Bool {
        for range in ranges where range.contains(character) { return true }
        for (kind, negated) in classes where kind.contains(character, unicode: unicode) != negated { return true }
        return false
    }
}

/// The named classes a set can hold.
enum RegexCharacterClass: Sendable {
    /// `\d`.
    case digit
    /// `\w`.
    case word
    /// `\s`.
    case space
    /// `\h`.
    case horizontalSpace
    /// `\v`.
    case verticalSpace
    /// `[:name:]`.
    case posix(RegexPosixClass)
    /// `\p{...}`: Unicode general categories.
    case property(RegexUnicodeProperty)

    /// Whether `character` is in the class; `unicode` widens `\d`, `\w`, `\s` beyond ASCII.
    func contains(_ character: UInt32, unicode: Bool) -> Bool {
        switch self {
        case .digit:
            return unicode ? RegexUnicodeProperty.category(character) == .decimalNumber : (48...57).contains(character)
        case .word:
            if unicode { return character == 95 || RegexUnicodeProperty.isLetterOrNumber(character) }
            return character == 95 || Self.isASCIIAlphanumeric(character) || Self.isLatin1Letter(character)
        case .space:
            if (9...13).contains(character) || character == 32 { return true }
            return unicode && (RegexUnicodeProperty.isSeparator(character) || Self.isHorizontalSpace(character))
        case .horizontalSpace:
            return Self.isHorizontalSpace(character)
        case .verticalSpace:
            return (10...13).contains(character) || character == 0x85 || character == 0x2028 || character == 0x2029
        case .posix(let posix):
            return posix.contains(character, unicode: unicode)
        case .property(let property):
            return property.contains(character)
        }
    }

    /// ASCII letters and digits.
    static func isASCIIAlphanumeric(_ character: UInt32) -> Bool {
        (48...57).contains(character) || (65...90).contains(character) || (97...122).contains(character)
    }

    /// The letters of ISO-8859-1 above ASCII: Erlang's PCRE tables treat bytes 128-255 as
    /// Latin-1, so without `u` the byte 0xC3 (the first of "é") is a word character.
    static func isLatin1Letter(_ character: UInt32) -> Bool {
        switch character {
        case 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF: return true
        default: return false
        }
    }

    private static func isHorizontalSpace(_ character: UInt32) -> Bool {
        switch character {
        case 9, 32, 0xA0, 0x1680, 0x180E, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
