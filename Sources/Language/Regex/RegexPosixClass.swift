/// The POSIX classes PCRE knows inside brackets: `[[:alpha:]]`, `[[:^digit:]]`.
enum RegexPosixClass: String, CaseIterable, Sendable {
    case alpha, digit, alnum, space, upper, lower, punct, xdigit, word, blank, cntrl, graph, print, ascii

    /// Whether `character` is in the class; with `u` the letter, digit and space classes follow Unicode.
    func contains(_ character: UInt32, unicode: Bool) -> Bool {
        if unicode, let answer = unicodeAnswer(character) { return answer }
        switch self {
        case .alpha: return (65...90).contains(character) || (97...122).contains(character) || RegexCharacterClass.isLatin1Letter(character)
        case .digit: return (48...57).contains(character)
        case .alnum: return RegexCharacterClass.isASCIIAlphanumeric(character) || RegexCharacterClass.isLatin1Letter(character)
        case .space: return (9...13).contains(character) || character == 32
        case .upper: return (65...90).contains(character)
        case .lower: return (97...122).contains(character)
        case .punct: return (33...47).contains(character) || (58...64).contains(character) || (91...96).contains(character) || (123...126).contains(character)
        case .xdigit: return (48...57).contains(character) || (65...70).contains(character) || (97...102).contains(character)
        case .word: return RegexCharacterClass.word.contains(character, unicode: false)
        case .blank: return character == 9 || character == 32
        case .cntrl: return character < 32 || character == 127
        case .graph: return (33...126).contains(character)
        case .print: return (32...126).contains(character)
        case .ascii: return character < 128
        }
    }

    private func unicodeAnswer(_ character: UInt32) -> Bool? {
        switch self {
        case .alpha: return RegexUnicodeProperty.letter.contains(character)
        case .digit: return RegexUnicodeProperty.category(character) == .decimalNumber
        case .alnum: return RegexUnicodeProperty.isLetterOrNumber(character)
        case .upper: return RegexUnicodeProperty.category(character) == .uppercaseLetter
        case .lower: return RegexUnicodeProperty.category(character) == .lowercaseLetter
        case .space: return RegexCharacterClass.space.contains(character, unicode: true)
        case .word: return RegexCharacterClass.word.contains(character, unicode: true)
        default: return nil
        }
    }
}
