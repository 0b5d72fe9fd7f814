import Terms
import Testing
@testable import Language

/// Syntax to quoted form and back: what a macro receives and what the compiler takes from it.
@Suite struct QuotedTermTests {
    private static func parse(_ source: String) throws -> SyntaxNode {
        try #require(ElixirParser.parse(source).tree)
    }

    @Test func argumentsCarryTheirLineAndNilContext() throws {
        let term = QuotedTerm.term(of: try Self.parse("foo(x, 1)"))
        #expect(term.inspect() == "{:foo, [line: 1], [{:x, [line: 1], nil}, 1]}")
    }

    @Test func termsComeBackAsTheSameSyntax() throws {
        for source in ["a + b * 2", "Enum.map(list, fn x -> {x, :ok} end)", "if x, do: [1, 2], else: %{a: 1}", "x.y"] {
            let node = try Self.parse(source)
            let back = try QuotedTerm.syntax(of: QuotedTerm.term(of: node), at: SourcePosition(line: 1, column: 1))
            #expect(ElixirPrinter.source(of: back) == ElixirPrinter.source(of: node))
        }
    }

    @Test func variablesOfAMacroAreRenamedAndVarBangIsNot() throws {
        let mine = Term.tuple(.atom("y"), .emptyList, .atom("Elixir.M"))
        let theirs = Term.tuple(.atom("var!"), .emptyList, .list([.tuple(.atom("z"), .emptyList, .atom("Elixir.M"))]))
        let block = Term.tuple(.atom("__block__"), .emptyList, .list([mine, theirs]))
        let node = try QuotedTerm.syntax(of: block, at: SourcePosition(line: 3, column: 1)) { MacroHygiene.name($0, context: $1, expansion: 7) }
        #expect(node.arguments?.map(\.variableName) == ["y@M#7", "z"])
        #expect(node.position.line == 3)
    }

    @Test func valuesThatAreNotQuotedFormAreRefused() {
        let map = Term.map(MapBox.fromPairs([(.atom("a"), .int(1))]))
        #expect(throws: QuotedTerm.Invalid.self) { try QuotedTerm.syntax(of: map, at: SourcePosition(line: 1, column: 1)) }
        #expect(throws: QuotedTerm.Invalid.self) { try QuotedTerm.syntax(of: .tuple(.int(1), .int(2), .int(3)), at: SourcePosition(line: 1, column: 1)) }
    }
}
