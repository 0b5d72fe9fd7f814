/// Parses a PCRE pattern (the subset proctor matches) into a `RegexNode`, reporting errors with
/// PCRE's messages and byte positions. Constructs proctor does not match (recursion, conditionals,
/// backtracking verbs, callouts, branch reset, script properties) are compile errors naming them.
final class RegexParser {
    /// The flags that inline options such as `(?i)` change for the rest of their group.
    struct Flags {
        var caseless: Bool
        var multiline: Bool
        var dotAll: Bool
        var extended: Bool
        var ungreedy: Bool
    }

    let bytes: [UInt8]
    let unicode: Bool
    var index = 0
    var flags: Flags
    /// Capturing groups opened so far.
    var groupCount = 0
    /// Named groups and their numbers.
    var names: [String: Int] = [:]
    /// Numbered back references to check once every group is known.
    var numberedReferences: [Int] = []
    /// Named back references, with where they end, to check once every group is known.
    var namedReferences: [(name: String, position: Int)] = []
    /// Groups open around the cursor.
    var depth = 0
    /// How deeply groups may nest (PCRE's limit; it also bounds the compiler's recursion).
    static let maximumDepth = 250
    /// Inside `\Q...\E`: everything is a literal character.
    var quoting = false

    init(pattern: [UInt8], options: RegexOptions) {
        bytes = pattern
        unicode = options.unicode
        flags = Flags(
            caseless: options.caseless, multiline: options.multiline, dotAll: options.dotAll,
            extended: options.extended, ungreedy: options.ungreedy)
    }

    /// The whole pattern as a node.
    func parse() throws(RegexCompileError) -> RegexNode {
        let root = try parseAlternation()
        if index < bytes.count { throw RegexCompileError(message: "unmatched parentheses", position: index) }
        for number in numberedReferences where number > groupCount {
            throw RegexCompileError(message: "reference to non-existent subpattern", position: bytes.count)
        }
        for reference in namedReferences where names[reference.name] == nil {
            throw failure("reference to non-existent subpattern", at: reference.position)
        }
        return root
    }

    /// The error `message` at the current position.
    func failure(_ message: String, at position: Int? = nil) -> RegexCompileError {
        RegexCompileError(message: message, position: position ?? index)
    }

    /// A construct proctor does not match, named, at `position`.
    func unsupported(_ construct: String, at position: Int) -> RegexCompileError {
        RegexCompileError(message: "\(construct) is not supported by proctor", position: position)
    }

    /// The byte at the cursor, if any.
    func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    /// Whether the bytes at the cursor spell `text`.
    func lookingAt(_ text: String) -> Bool {
        let expected = Array(text.utf8)
        guard index + expected.count <= bytes.count else { return false }
        return Array(bytes[index..<(index + expected.count)]) == expected
    }

    /// Alternatives up to a `)` or the end of the pattern.
    func parseAlternation() throws(RegexCompileError) -> RegexNode {
        var branches = [try parseSequence()]
        while peek() == UInt8(ascii: "|") {
            index += 1
            branches.append(try parseSequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private func parseSequence() throws(RegexCompileError) -> RegexNode {
        var items: [RegexNode] = []
        while true {
            if quoting {
                guard index < bytes.count else { break }
                if let character = try quotedCharacter() { items.append(character) }
                continue
            }
            skipExtendedSpace()
            guard let byte = peek(), byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") else { break }
            if isQuantifierStart() { throw failure("nothing to repeat") }
            guard let atom = try parseAtom() else { continue }
            items.append(try parseQuantifier(of: atom))
        }
        return items.count == 1 ? items[0] : (items.isEmpty ? .empty : .sequence(items))
    }

    /// The next character inside `\Q...\E`; one just before the `\E` may take a quantifier
    /// (`\Qab\E+` repeats the `b`).
    private func quotedCharacter() throws(RegexCompileError) -> RegexNode? {
        if lookingAt("\\E") {
            index += 2
            quoting = false
            return nil
        }
        let character = RegexNode.character(readCharacter(), caseless: flags.caseless)
        guard lookingAt("\\E") else { return character }
        index += 2
        quoting = false
        return try parseQuantifier(of: character)
    }

    /// With `x`, skips whitespace and `#` comments.
    func skipExtendedSpace() {
        guard flags.extended else { return }
        while let byte = peek() {
            if byte == 32 || (9...13).contains(byte) {
                index += 1
            } else if byte == UInt8(ascii: "#") {
                while let next = peek(), next != 10 { index += 1 }
            } else {
                return
            }
        }
    }

    private func isQuantifierStart() -> Bool {
        switch peek() {
        case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"): return true
        case UInt8(ascii: "{"): return braceQuantifier(at: index) != nil
        default: return false
        }
    }

    private func parseAtom() throws(RegexCompileError) -> RegexNode? {
        guard let byte = peek() else { return nil }
        switch byte {
        case UInt8(ascii: "("): return try parseGroup()
        case UInt8(ascii: "["): return try parseClass()
        case UInt8(ascii: "."):
            index += 1
            return .anyCharacter(dotAll: flags.dotAll)
        case UInt8(ascii: "^"):
            index += 1
            return .assertion(.lineStart(multiline: flags.multiline))
        case UInt8(ascii: "$"):
            index += 1
            return .assertion(.lineEnd(multiline: flags.multiline))
        case UInt8(ascii: "\\"): return try parseEscape()
        default: return .character(readCharacter(), caseless: flags.caseless)
        }
    }

    /// The character at the cursor (a UTF-8 sequence with `u`, one byte without), advancing past it.
    func readCharacter() -> UInt32 {
        let first = bytes[index]
        index += 1
        guard unicode, first >= 0xC0 else { return UInt32(first) }
        let extra = first >= 0xF0 ? 3 : (first >= 0xE0 ? 2 : 1)
        var value = UInt32(first) & (0x3F >> UInt32(extra))
        for _ in 0..<extra {
            guard let next = peek(), next & 0xC0 == 0x80 else { break }
            value = value << 6 | UInt32(next & 0x3F)
            index += 1
        }
        return value
    }

    private func parseQuantifier(of atom: RegexNode) throws(RegexCompileError) -> RegexNode {
        skipExtendedSpace()
        guard let byte = peek() else { return atom }
        var bounds: (minimum: Int, maximum: Int?)
        switch byte {
        case UInt8(ascii: "*"): bounds = (0, nil)
        case UInt8(ascii: "+"): bounds = (1, nil)
        case UInt8(ascii: "?"): bounds = (0, 1)
        case UInt8(ascii: "{"):
            guard let brace = braceQuantifier(at: index) else { return atom }
            bounds = try checkedBounds(brace)
            index = brace.end
        default: return atom
        }
        if byte != UInt8(ascii: "{") { index += 1 }
        var mode: RepetitionMode = flags.ungreedy ? .lazy : .greedy
        if peek() == UInt8(ascii: "?") {
            mode = flags.ungreedy ? .greedy : .lazy
            index += 1
        } else if peek() == UInt8(ascii: "+") {
            mode = .possessive
            index += 1
        }
        skipExtendedSpace()
        if isQuantifierStart() { throw failure("nothing to repeat") }
        return .repetition(atom, minimum: bounds.minimum, maximum: bounds.maximum, mode: mode)
    }

    /// A `{n}`, `{n,}` or `{n,m}` quantifier starting at `start`, as its digit strings and where it ends.
    private func braceQuantifier(at start: Int) -> (low: String, high: String?, end: Int)? {
        var cursor = start + 1
        func digits() -> String {
            var text = ""
            while cursor < bytes.count, (48...57).contains(bytes[cursor]) {
                text.append(Character(Unicode.Scalar(bytes[cursor])))
                cursor += 1
            }
            return text
        }
        let low = digits()
        guard !low.isEmpty, cursor < bytes.count else { return nil }
        if bytes[cursor] == UInt8(ascii: "}") { return (low, low, cursor + 1) }
        guard bytes[cursor] == UInt8(ascii: ",") else { return nil }
        cursor += 1
        let high = digits()
        guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "}") else { return nil }
        return (low, high.isEmpty ? nil : high, cursor + 1)
    }

    private func checkedBounds(_ brace: (low: String, high: String?, end: Int)) throws(RegexCompileError)
        -> (minimum: Int, maximum: Int?)
    {
        let closing = brace.end - 1
        guard brace.low.count <= 5, let low = Int(brace.low), low <= 65535 else {
            throw failure("number too big in {} quantifier", at: closing)
        }
        guard let highText = brace.high else { return (low, nil) }
        guard highText.count <= 5, let high = Int(highText), high <= 65535 else {
            throw failure("number too big in {} quantifier", at: closing)
        }
        if high < low { throw failure("numbers out of order in {} quantifier", at: closing) }
        return (low, high)
    }
}
