/// Groups: `(...)`, `(?:...)`, named groups, lookaround, atomic groups, inline options, comments.
extension RegexParser {
    /// The group at the cursor (on its `(`), or nil for one that matches nothing (`(?i)`, `(?#...)`).
    func parseGroup() throws(RegexCompileError) -> RegexNode? {
        let start = index
        index += 1
        if peek() == UInt8(ascii: "*") { throw unsupported("the backtracking verb or start option (*...)", at: start + 1) }
        guard peek() == UInt8(ascii: "?") else {
            groupCount += 1
            return .group(try groupBody(), capture: groupCount)
        }
        index += 1
        guard let kind = peek() else { throw failure("unrecognized character after (? or (?-") }
        switch kind {
        case UInt8(ascii: "#"): return try skipComment()
        case UInt8(ascii: ":"):
            index += 1
            return .group(try groupBody(), capture: nil)
        case UInt8(ascii: ">"):
            index += 1
            return .atomic(try groupBody())
        case UInt8(ascii: "="):
            index += 1
            return .lookaround(try groupBody(), behind: false, negated: false)
        case UInt8(ascii: "!"):
            index += 1
            return .lookaround(try groupBody(), behind: false, negated: true)
        case UInt8(ascii: "|"): throw unsupported("the branch reset group (?|...)", at: index)
        case UInt8(ascii: "("): throw unsupported("the conditional group (?(...)...)", at: index)
        case UInt8(ascii: "C"): throw unsupported("the callout (?C...)", at: index)
        case UInt8(ascii: "R"), UInt8(ascii: "&"), UInt8(ascii: "+"), 48...57:
            throw unsupported("recursion or a subroutine call ((?R), (?1), (?&name))", at: index)
        case UInt8(ascii: "<"): return try angleGroup()
        case UInt8(ascii: "'"): return try namedGroup(terminator: UInt8(ascii: "'"))
        case UInt8(ascii: "P"): return try pythonGroup()
        default: return try inlineOptions()
        }
    }

    /// The alternatives up to the group's `)`, with the enclosing flags restored after it.
    func groupBody() throws(RegexCompileError) -> RegexNode {
        if depth >= Self.maximumDepth { throw failure("parentheses are too deeply nested") }
        depth += 1
        defer { depth -= 1 }
        let saved = flags
        let body = try parseAlternation()
        flags = saved
        guard peek() == UInt8(ascii: ")") else { throw failure("missing )", at: bytes.count) }
        index += 1
        return body
    }

    private func skipComment() throws(RegexCompileError) -> RegexNode? {
        while let byte = peek(), byte != UInt8(ascii: ")") { index += 1 }
        guard peek() != nil else { throw failure("missing ) after comment", at: bytes.count) }
        index += 1
        return nil
    }

    private func angleGroup() throws(RegexCompileError) -> RegexNode {
        switch peek(1) {
        case UInt8(ascii: "="):
            index += 2
            return try lookbehind(negated: false)
        case UInt8(ascii: "!"):
            index += 2
            return try lookbehind(negated: true)
        default:
            return try namedGroup(terminator: UInt8(ascii: ">"))
        }
    }

    private func lookbehind(negated: Bool) throws(RegexCompileError) -> RegexNode {
        let body = try groupBody()
        let branches: [RegexNode]
        if case .alternation(let alternatives) = body { branches = alternatives } else { branches = [body] }
        if branches.contains(where: { $0.fixedLength == nil }) {
            throw failure("lookbehind assertion is not fixed length", at: index - 1)
        }
        return .lookaround(body, behind: true, negated: negated)
    }

    private func pythonGroup() throws(RegexCompileError) -> RegexNode {
        switch peek(1) {
        case UInt8(ascii: "<"):
            index += 1
            return try namedGroup(terminator: UInt8(ascii: ">"))
        case UInt8(ascii: "="):
            index += 2
            let name = try groupName(terminator: UInt8(ascii: ")"))
            namedReferences.append((name, index - 1))
            return .namedBackReference(name, caseless: flags.caseless)
        case UInt8(ascii: ">"):
            throw unsupported("recursion or a subroutine call ((?R), (?1), (?&name))", at: index)
        default:
            throw failure("unrecognized character after (?P", at: index + 1)
        }
    }

    /// `(?<name>...)` or `(?'name'...)`, the cursor on the opening `<` or `'`.
    private func namedGroup(terminator: UInt8) throws(RegexCompileError) -> RegexNode {
        index += 1
        let name = try groupName(terminator: terminator)
        if names[name] != nil { throw failure("two named subpatterns have the same name", at: index - 1) }
        groupCount += 1
        let number = groupCount
        names[name] = number
        return .group(try groupBody(), capture: number)
    }

    /// A group name up to `terminator`, leaving the cursor after the terminator.
    func groupName(terminator: UInt8) throws(RegexCompileError) -> String {
        let start = index
        if let first = peek(), (48...57).contains(first) { throw failure("group name must start with a non-digit") }
        while let byte = peek(), byte == 95 || RegexCharacterClass.isASCIIAlphanumeric(UInt32(byte)) { index += 1 }
        guard peek() == terminator else { throw failure("syntax error in subpattern name (missing terminator)") }
        if index - start > 32 { throw failure("subpattern name is too long (maximum 32 characters)") }
        let name = String(decoding: bytes[start..<index], as: UTF8.self)
        index += 1
        return name
    }

    /// `(?i)`, `(?i-m)` or `(?s:...)`, the cursor after `(?`.
    private func inlineOptions() throws(RegexCompileError) -> RegexNode? {
        var turningOff = false
        var changed = flags
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: "-"): turningOff = true
            case UInt8(ascii: "i"): changed.caseless = !turningOff
            case UInt8(ascii: "m"): changed.multiline = !turningOff
            case UInt8(ascii: "s"): changed.dotAll = !turningOff
            case UInt8(ascii: "x"): changed.extended = !turningOff
            case UInt8(ascii: "U"): changed.ungreedy = !turningOff
            case UInt8(ascii: "J"), UInt8(ascii: "X"): throw unsupported("the inline option (?\(Character(Unicode.Scalar(byte))))", at: index)
            case UInt8(ascii: ")"):
                index += 1
                flags = changed
                return nil
            case UInt8(ascii: ":"):
                index += 1
                let saved = flags
                flags = changed
                let body = try groupBody()
                flags = saved
                return .group(body, capture: nil)
            default:
                throw failure("unrecognized character after (? or (?-")
            }
            index += 1
        }
        throw failure("missing )", at: bytes.count)
    }
}
