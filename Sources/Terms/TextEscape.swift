/// Escaping and printability of text as `inspect` needs them
/// (`Code.Identifier.escape/3`, `String.printable?/2`, `List.ascii_printable?/2`).
enum TextEscape {
    /// Escapes text for a quoted atom or string delimited by `delimiter`.
    static func escape(_ text: String, delimiter: Character) -> String {
        let delimiterByte = delimiter.asciiValue ?? UInt8(ascii: "\"")
        return escape(Array(text.utf8), delimiter: delimiterByte, limit: nil).text
    }

    /// Escapes bytes, writing at most `limit` characters; `truncated` tells
    /// whether some were left over. With `regexSource`, only `\a \f \n \r \t \v` have
    /// letter escapes and a backslash stays as it is (`Inspect.Regex`'s escape map).
    static func escape(_ bytes: [UInt8], delimiter: UInt8, limit: Int?, regexSource: Bool = false) -> (text: String, truncated: Bool) {
        var output = ""
        var index = 0
        var remaining = limit ?? Int.max
        while index < bytes.count {
            if remaining == 0 { return (output, true) }
            remaining -= 1
            let byte = bytes[index]
            if byte == delimiter {
                output += "\\" + String(UnicodeScalar(byte))
                index += 1
            } else if byte == UInt8(ascii: "#"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                output += "\\#{"
                index += 2
            } else if let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index) {
                output += regexSource ? regexEscaped(scalar) : escaped(scalar)
                index += length
            } else {
                output += "\\x" + hex(UInt32(byte), digits: 2)
                index += 1
            }
        }
        return (output, false)
    }

    /// One character as it appears between quotes.
    private static func escaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 7: return "\\a"
        case 8: return "\\b"
        case 127: return "\\d"
        case 27: return "\\e"
        case 12: return "\\f"
        case 10: return "\\n"
        case 13: return "\\r"
        case 9: return "\\t"
        case 11: return "\\v"
        case 92: return "\\\\"
        case 0: return "\\0"
        case 0xFEFF: return "\\uFEFF"
        case let value where isPrintable(value): return String(scalar)
        case let value where value < 0x100: return "\\x" + hex(value, digits: 2)
        case let value where value < 0x10000: return "\\x{" + hex(value, digits: 4) + "}"
        case let value: return "\\x{" + hex(value, digits: 6) + "}"
        }
    }

    /// One character of a regex source as `inspect` prints it.
    private static func regexEscaped(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 7, 12, 10, 13, 9, 11: return escaped(scalar)
        case 92: return "\\"
        case 8, 27, 127: return "\\x" + hex(scalar.value, digits: 2)
        default: return escaped(scalar)
        }
    }

    /// Code points Elixir prints as themselves.
    private static func isPrintable(_ value: UInt32) -> Bool {
        (0x20...0x7E).contains(value) || (0xA0...0xD7FF).contains(value)
            || (0xE000...0xFFFD).contains(value) || (0x10000...0x10FFFF).contains(value)
    }

    /// Whether a character is one of the escapable controls `\n\r\t\v\b\f\e\d\a`.
    private static func isPrintableControl(_ value: UInt32) -> Bool {
        (7...13).contains(value) || value == 27 || value == 127
    }

    /// Uppercase hexadecimal, zero-padded to `digits`.
    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// `String.printable?/2`: valid UTF-8 of printable characters, checking at
    /// most `limit` characters.
    static func isPrintableString(_ bytes: [UInt8], limit: Int?) -> Bool {
        var index = 0
        var remaining = limit ?? Int.max
        while index < bytes.count, remaining > 0 {
            guard let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: index),
                  isPrintable(scalar.value) || isPrintableControl(scalar.value) else { return false }
            index += length
            remaining -= 1
        }
        return true
    }

    /// `List.ascii_printable?/2` on a code point: `\a`..`\r`, `\e` or 32...126.
    static func isAsciiPrintable(_ term: Term) -> Bool {
        guard case .int(let value) = term else { return false }
        return (7...13).contains(value) || value == 27 || (32...126).contains(value)
    }
}

/// Strict UTF-8 decoding of one character (no surrogates, no overlong forms).
enum UTF8Decoding {
    /// The character starting at `index` and its length in bytes, or nil when invalid.
    static func scalar(in bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        let minimum: UInt32
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, minimum, value) = (2, 0x80, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, minimum, value) = (3, 0x800, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, minimum, value) = (4, 0x10000, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
