import Testing

@testable import Language

private func kinds(_ source: String) throws -> [String] {
    try Lexer(source: source).tokenize().map { token in
        switch token.kind {
        case .identifier(let name): return "id:\(name)"
        case .keywordKey(let name): return "key:\(name)"
        case .operatorSymbol(let symbol): return "op:\(symbol)"
        case .punctuation(let symbol): return symbol
        case .integer(let value): return "int:\(value)"
        case .endOfLine: return "eol"
        case .endOfFile: return "eof"
        default: return "other"
        }
    }
}

@Test func lexesWordOperatorsAndKeywordKeys() throws {
    #expect(try kinds("a not in b") == ["id:a", "op:not in", "id:b", "eof"])
    #expect(try kinds("[do: 1, +: 2]") == ["[", "key:do", "int:1", ",", "key:+", "int:2", "]", "eof"])
}

@Test func aLineStartingWithABinaryOperatorContinuesThePreviousOne() throws {
    #expect(try kinds("a\n|> b") == ["id:a", "op:|>", "id:b", "eof"])
    #expect(try kinds("a\n- b") == ["id:a", "eol", "op:-", "id:b", "eof"])
}

@Test func recordsSpacingAndPositions() throws {
    let tokens = try Lexer(source: "foo -1\n  bar").tokenize()
    #expect(tokens.map(\.spaceBefore) == [true, true, false, true, true, true])
    #expect(tokens[4].position == SourcePosition(line: 2, column: 3))
}

@Test func readsNumberForms() throws {
    #expect(try kinds("0x1F 0o17 0b101 1_000 ?a") == ["int:31", "int:15", "int:5", "int:1000", "int:97", "eof"])
}
