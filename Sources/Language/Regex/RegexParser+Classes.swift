/// Bracketed character classes: `[abc]`, `[^a-z]`, `[\d_]`, `[[:alpha:]]`.
extension RegexParser {
    /// The class at the cursor (on its `[`).
    func parseClass() throws(RegexCompileError) -> RegexNode {
        index += 1
        var set = RegexCharacterSet(caseless: flags.caseless, unicode: unicode)
        if peek() == UInt8(ascii: "^") {
            set.negated = true
            index += 1
        }
        var first = true
        while true {
            guard let byte = peek() else { throw failure("missing terminating ] for character class", at: bytes.count) }
            if byte == UInt8(ascii: "]"), !first {
                index += 1
                return .set(set)
            }
            first = false
            if byte == UInt8(ascii: "["), let posix = try posixClass() {
                set.classes.append(posix)
                continue
            }
            try addMember(to: &set)
        }
    }

    private enum Member {
        case character(UInt32)
        case kind(RegexCharacterClass, negated: Bool)
    }

    private func addMember(to set: inout RegexCharacterSet) throws(RegexCompileError) {
        switch try member() {
        case .kind(let kind, let negated):
            set.classes.append((kind, negated))
        case .character(let low):
            guard peek() == UInt8(ascii: "-"), let after = peek(1), after != UInt8(ascii: "]") else {
                set.ranges.append(low...low)
                return
            }
            let dash = index
            index += 1
            guard case .character(let high) = try member() else {
                index = dash
                set.ranges.append(low...low)
                return
            }
            if high < low { throw failure("range out of order in character class", at: index - 1) }
            set.ranges.append(low...high)
        }
    }

    private func member() throws(RegexCompileError) -> Member {
        guard peek() == UInt8(ascii: "\\") else { return .character(readCharacter()) }
        index += 1
        guard peek() != nil else { throw failure("\\ at end of pattern", at: bytes.count) }
        if let kind = try classEscape() { return .kind(kind.kind, negated: kind.negated) }
        return .character(try escapedCharacter(inClass: true))
    }

    /// `[:name:]` or `[:^name:]` at the cursor, or nil when the `[` is a plain character.
    private func posixClass() throws(RegexCompileError) -> (RegexCharacterClass, negated: Bool)? {
        guard peek(1) == UInt8(ascii: ":") else { return nil }
        var cursor = index + 2
        let negated = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "^")
        if negated { cursor += 1 }
        let nameStart = cursor
        while cursor < bytes.count, (97...122).contains(bytes[cursor]) || (65...90).contains(bytes[cursor]) { cursor += 1 }
        guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: ":"), bytes[cursor + 1] == UInt8(ascii: "]") else {
            return nil
        }
        let name = String(decoding: bytes[nameStart..<cursor], as: UTF8.self)
        guard let posix = RegexPosixClass(rawValue: name) else { throw failure("unknown POSIX class name", at: nameStart) }
        index = cursor + 2
        return (.posix(posix), negated)
    }
}
