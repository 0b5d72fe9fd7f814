/// A `\p{...}` property: a set of Unicode general categories (PCRE's `\p{L}`, `\p{Lu}`, `\p{Any}`, `\p{L&}`).
/// Script names (`\p{Greek}`) are not known to proctor and are refused when the pattern compiles.
struct RegexUnicodeProperty: Sendable {
    /// The categories the property covers.
    let categories: Set<UInt8>

    /// Letters: `\p{L}`.
    static let letter = RegexUnicodeProperty(["Lu", "Ll", "Lt", "Lm", "Lo"])

    private init(_ names: [String]) {
        categories = Set(names.compactMap { Self.codes[$0] })
    }

    /// The property PCRE calls `name`, or nil when it is not a general category.
    static func named(_ name: String) -> RegexUnicodeProperty? {
        if name == "Any" { return RegexUnicodeProperty(Array(codes.keys)) }
        if name == "L&" || name == "LC" { return RegexUnicodeProperty(["Lu", "Ll", "Lt"]) }
        if let members = groups[name] { return RegexUnicodeProperty(members) }
        if codes[name] != nil { return RegexUnicodeProperty([name]) }
        return nil
    }

    /// Whether `name` is a script PCRE 8.44 knows (proctor refuses those by name rather than as unknown).
    static func isScriptName(_ name: String) -> Bool { scripts.contains(name) }

    /// Whether `character` has one of the property's categories.
    func contains(_ character: UInt32) -> Bool {
        guard let code = Self.codes[Self.shortName(Self.category(character))] else { return false }
        return categories.contains(code)
    }

    /// The general category of `character` (unassigned for a value that is not a scalar).
    static func category(_ character: UInt32) -> Unicode.GeneralCategory {
        Unicode.Scalar(character)?.properties.generalCategory ?? .unassigned
    }

    /// Letters and numbers (what `\w` adds to `_` with `u`).
    static func isLetterOrNumber(_ character: UInt32) -> Bool {
        let name = shortName(category(character))
        return name.hasPrefix("L") || name.hasPrefix("N")
    }

    /// Space separators and line/paragraph separators (`\p{Z}`).
    static func isSeparator(_ character: UInt32) -> Bool { shortName(category(character)).hasPrefix("Z") }

    private static let groups: [String: [String]] = [
        "L": ["Lu", "Ll", "Lt", "Lm", "Lo"], "M": ["Mn", "Mc", "Me"], "N": ["Nd", "Nl", "No"],
        "P": ["Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po"], "S": ["Sm", "Sc", "Sk", "So"], "Z": ["Zs", "Zl", "Zp"],
        "C": ["Cc", "Cf", "Cs", "Co", "Cn"], "Xan": ["Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No"],
    ]

    private static let names = [
        "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po",
        "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn",
    ]

    private static let codes: [String: UInt8] = {
        var result: [String: UInt8] = [:]
        for (index, name) in names.enumerated() { result[name] = UInt8(index) }
        return result
    }()

    private static let scripts: Set<String> = [
        "Arabic", "Armenian", "Bengali", "Bopomofo", "Braille", "Cherokee", "Common", "Coptic", "Cyrillic", "Devanagari",
        "Ethiopic", "Georgian", "Greek", "Gujarati", "Gurmukhi", "Han", "Hangul", "Hebrew", "Hiragana", "Inherited",
        "Kannada", "Katakana", "Khmer", "Lao", "Latin", "Malayalam", "Mongolian", "Myanmar", "Ogham", "Oriya", "Runic",
        "Sinhala", "Syriac", "Tamil", "Telugu", "Thaana", "Thai", "Tibetan", "Yi",
    ]

    private static func shortName(_ category: Unicode.GeneralCategory) -> String {
        switch category {
        case .uppercaseLetter: return "Lu"
        case .lowercaseLetter: return "Ll"
        case .titlecaseLetter: return "Lt"
        case .modifierLetter: return "Lm"
        case .otherLetter: return "Lo"
        case .nonspacingMark: return "Mn"
        case .spacingMark: return "Mc"
        case .enclosingMark: return "Me"
        case .decimalNumber: return "Nd"
        case .letterNumber: return "Nl"
        case .otherNumber: return "No"
        case .connectorPunctuation: return "Pc"
        case .dashPunctuation: return "Pd"
        case .openPunctuation: return "Ps"
        case .closePunctuation: return "Pe"
        case .initialPunctuation: return "Pi"
        case .finalPunctuation: return "Pf"
        case .otherPunctuation: return "Po"
        case .mathSymbol: return "Sm"
        case .currencySymbol: return "Sc"
        case .modifierSymbol: return "Sk"
        case .otherSymbol: return "So"
        case .spaceSeparator: return "Zs"
        case .lineSeparator: return "Zl"
        case .paragraphSeparator: return "Zp"
        case .control: return "Cc"
        case .format: return "Cf"
        case .surrogate: return "Cs"
        case .privateUse: return "Co"
        case .unassigned: return "Cn"
        @unknown default: return "Cn"
        }
    }
}
