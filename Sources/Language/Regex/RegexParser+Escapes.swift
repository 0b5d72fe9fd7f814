/// Backslash escapes: character classes, assertions, back references and escaped characters.
extension RegexParser {
    /// The escape at the cursor (on its backslash) outside a character class, or nil for one that
    /// matches nothing (`\E`, the start of `\Q`).
    func parseEscape() throws(RegexCompileError) -> RegexNode? {
        index += 1
        guard let byte = peek() else { throw failure("\\ at end of pattern", at: bytes.count) }
        if let kind = try classEscape() { return .set(RegexCharacterSet(kind.kind, negated: kind.negated, unicode: unicode)) }
        if let assertion = Self.assertions[byte] {
            index += 1
            return .assertion(assertion)
        }
        switch byte {
        case UInt8(ascii: "Q"):
            index += 1
            quoting = true
            return nil
        case UInt8(ascii: "E"):
            index += 1
            return nil
        case UInt8(ascii: "k"): return try namedReference()
        case UInt8(ascii: "g"): return try gReference()
        case 49...57: return try numberedReference()
        case UInt8(ascii: "R"):
            index += 1
            return Self.newlineSequence
        case UInt8(ascii: "N") where peek(1) != UInt8(ascii: "{"):
            index += 1
            return .anyCharacter(dotAll: false)
        case UInt8(ascii: "X"): throw unsupported("\\X (an extended grapheme cluster)", at: index + 1)
        case UInt8(ascii: "C"): throw unsupported("\\C (one byte in UTF-8 mode)", at: index + 1)
        case UInt8(ascii: "K"): throw unsupported("\\K (resetting the match start)", at: index + 1)
        default: return .character(try escapedCharacter(inClass: false), caseless: flags.caseless)
        }
    }

    private static let assertions: [UInt8: RegexAssertion] = [
        UInt8(ascii: "b"): .wordBoundary(negated: false), UInt8(ascii: "B"): .wordBoundary(negated: true),
        UInt8(ascii: "A"): .subjectStart, UInt8(ascii: "z"): .subjectEnd,
        UInt8(ascii: "Z"): .subjectEndOrFinalNewline, UInt8(ascii: "G"): .matchStart,
    ]

    /// `\R`: any newline sequence, `\r\n` taken whole.
    private static let newlineSequence = RegexNode.atomic(.alternation([
        .sequence([.character(13, caseless: false), .character(10, caseless: false)]),
        .set(RegexCharacterSet(.verticalSpace, negated: false, unicode: true)),
    ]))

    /// A class escape at the cursor (`\d`, `\W`, `\p{L}`), advancing past it; nil for others.
    func classEscape() throws(RegexCompileError) -> (kind: RegexCharacterClass, negated: Bool)? {
        guard let byte = peek() else { return nil }
        let kinds: [UInt8: RegexCharacterClass] = [
            UInt8(ascii: "d"): .digit, UInt8(ascii: "w"): .word, UInt8(ascii: "s"): .space,
            UInt8(ascii: "h"): .horizontalSpace, UInt8(ascii: "v"): .verticalSpace,
        ]
        let lower = byte | 0x20
        if let kind = kinds[lower], byte == lower || kinds[byte] == nil {
            index += 1
            return (kind, byte != lower)
        }
        if lower == UInt8(ascii: "p") { return try property(negated: byte == UInt8(ascii: "P")) }
        return nil
    }

    private func property(negated: Bool) throws(RegexCompileError) -> (kind: RegexCharacterClass, negated: Bool) {
        index += 1
        var negated = negated
        let name: String
        if peek() == UInt8(ascii: "{") {
            index += 1
            if peek() == UInt8(ascii: "^") {
                negated.toggle()
                index += 1
            }
            let start = index
            while let byte = peek(), byte != UInt8(ascii: "}") { index += 1 }
            guard peek() != nil else { throw failure("malformed \\P or \\p sequence") }
            name = String(decoding: bytes[start..<index], as: UTF8.self)
        } else {
            guard peek() != nil else { throw failure("malformed \\P or \\p sequence") }
            name = String(Character(Unicode.Scalar(bytes[index])))
        }
        if RegexUnicodeProperty.isScriptName(name) { throw unsupported("the Unicode script property \\p{\(name)}", at: index) }
        guard let property = RegexUnicodeProperty.named(name) else { throw failure("unknown property name after \\P or \\p") }
        index += 1
        return (.property(property), negated)
    }

    private func numberedReference() throws(RegexCompileError) -> RegexNode {
        let start = index
        var number = 0
        while let byte = peek(), (48...57).contains(byte), number < 100_000 {
            number = number * 10 + Int(byte - 48)
            index += 1
        }
        if number < 10 || number <= groupCount { return reference(number) }
        index = start
        return .character(try escapedCharacter(inClass: false), caseless: flags.caseless)
    }

    private func reference(_ number: Int) -> RegexNode {
        numberedReferences.append(number)
        return .backReference(number, caseless: flags.caseless)
    }

    /// `\g1`, `\g{1}`, `\g{-1}`, `\g{name}`; `\g<...>` is a subroutine call.
    private func gReference() throws(RegexCompileError) -> RegexNode {
        index += 1
        guard let byte = peek() else { throw failure("a numbered reference must not be zero") }
        if byte == UInt8(ascii: "<") || byte == UInt8(ascii: "'") {
            throw unsupported("recursion or a subroutine call (\\g<...>)", at: index)
        }
        let braced = byte == UInt8(ascii: "{")
        if braced { index += 1 }
        let relative = peek() == UInt8(ascii: "-")
        if relative { index += 1 }
        let start = index
        while let digit = peek(), (48...57).contains(digit) { index += 1 }
        if index == start, braced, !relative {
            let name = try groupName(terminator: UInt8(ascii: "}"))
            namedReferences.append((name, index - 1))
            return .namedBackReference(name, caseless: flags.caseless)
        }
        guard index > start, let value = Int(String(decoding: bytes[start..<index], as: UTF8.self)), value > 0 else {
            throw failure("a numbered reference must not be zero")
        }
        if braced {
            guard peek() == UInt8(ascii: "}") else { throw failure("\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number") }
            index += 1
        }
        let number = relative ? groupCount + 1 - value : value
        if number <= 0 { throw failure("reference to non-existent subpattern") }
        return reference(number)
    }

    /// `\k<name>`, `\k'name'`, `\k{name}`.
    private func namedReference() throws(RegexCompileError) -> RegexNode {
        index += 1
        let terminators: [UInt8: UInt8] = [UInt8(ascii: "<"): UInt8(ascii: ">"), UInt8(ascii: "'"): UInt8(ascii: "'"), UInt8(ascii: "{"): UInt8(ascii: "}")]
        guard let opening = peek(), let terminator = terminators[opening] else {
            throw failure("\\k is not followed by a braced, angle-bracketed, or quoted name")
        }
        index += 1
        let name = try groupName(terminator: terminator)
        namedReferences.append((name, index - 1))
        return .namedBackReference(name, caseless: flags.caseless)
    }

    /// The character an escape stands for (the cursor after the backslash): `\n`, `\x41`, `\101`,
    /// `\cA`, or the escaped character itself (`\.`).
    func escapedCharacter(inClass: Bool) throws(RegexCompileError) -> UInt32 {
        let byte = bytes[index]
        if let simple = Self.simpleEscapes[byte] {
            index += 1
            return simple
        }
        switch byte {
        case UInt8(ascii: "b") where inClass:
            index += 1
            return 8
        case 48...55: return octal()
        case UInt8(ascii: "x"):
            index += 1
            return try hexadecimal()
        case UInt8(ascii: "c"):
            index += 1
            guard let letter = peek() else { throw failure("\\c at end of pattern", at: bytes.count) }
            index += 1
            let upper = (97...122).contains(letter) ? letter - 32 : letter
            return UInt32(upper ^ 0x40)
        case UInt8(ascii: "L"), UInt8(ascii: "l"), UInt8(ascii: "U"), UInt8(ascii: "u"), UInt8(ascii: "N"):
            throw failure("PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u", at: index + 1)
        default:
            return readCharacter()
        }
    }

    private static let simpleEscapes: [UInt8: UInt32] = [
        UInt8(ascii: "n"): 10, UInt8(ascii: "t"): 9, UInt8(ascii: "r"): 13, UInt8(ascii: "f"): 12,
        UInt8(ascii: "e"): 27, UInt8(ascii: "a"): 7,
    ]

    private func octal() -> UInt32 {
        var value: UInt32 = 0
        var digits = 0
        while digits < 3, let byte = peek(), (48...55).contains(byte) {
            value = value * 8 + UInt32(byte - 48)
            index += 1
            digits += 1
        }
        return unicode ? value : value & 0xFF
    }

    private func hexadecimal() throws(RegexCompileError) -> UInt32 {
        var value: UInt32 = 0
        if peek() == UInt8(ascii: "{") {
            let start = index
            index += 1
            while let byte = peek(), let digit = Self.hexValue(byte) {
                value = value &* 16 &+ digit
                index += 1
            }
            guard peek() == UInt8(ascii: "}"), index > start + 1 else {
                index = start
                return 0
            }
            index += 1
            if value > (unicode ? 0x10FFFF : 0xFF) { throw failure("character value in \\x{} or \\o{} is too large", at: index - 1) }
            return value
        }
        var digits = 0
        while digits < 2, let byte = peek(), let digit = Self.hexValue(byte) {
            value = value * 16 + digit
            index += 1
            digits += 1
        }
        return value
    }

    private static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 48...57: return UInt32(byte - 48)
        case 65...70: return UInt32(byte - 55)
        case 97...102: return UInt32(byte - 87)
        default: return nil
        }
    }
}
