/// The text transformations around regex sources: `Regex.escape/1`, and the escapes `~r` applies
/// to its contents before compiling (`\n`, `\t`... become characters; the rest stay for PCRE).
enum RegexEscaping {
    /// The characters `Regex.escape/1` puts a backslash before.
    private static let escapable = Set(".^$*+?()[]{}|#-\\\t\n\u{0B}\u{0C}\r ".utf8)

    /// `string` with every regex metacharacter (and whitespace) escaped.
    static func escape(_ string: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(string.count)
        for byte in string {
            if escapable.contains(byte) { result.append(UInt8(ascii: "\\")) }
            result.append(byte)
        }
        return result
    }

    private static let sigilEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "f"): 12, UInt8(ascii: "n"): 10, UInt8(ascii: "r"): 13, UInt8(ascii: "t"): 9,
        UInt8(ascii: "v"): 11, UInt8(ascii: "a"): 7,
    ]

    /// A `~r` sigil's contents as Elixir hands them to `Regex.compile!/2`: `\f \n \r \t \v \a`
    /// become the characters, a backslash before a newline is dropped with it, the rest are kept.
    static func unescapeSigil(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                result.append(byte)
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if let character = sigilEscapes[next] {
                result.append(character)
            } else if next != 10 {
                result += [byte, next]
            }
            index += 2
        }
        return result
    }
}
