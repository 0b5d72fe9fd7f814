import Testing

@testable import Language

@Test func headlineHasElixirsShape() {
    let diagnostic = Diagnostic(
        kind: .syntaxError, message: "syntax error before: ')'", position: SourcePosition(line: 3, column: 5),
        hint: "something is missing")
    #expect(diagnostic.headline(file: "bad.exs") == "** (SyntaxError) bad.exs:3:5: syntax error before: ')'")
    let formatted = diagnostic.formatted(file: "bad.exs", source: "\n\nfoo(1, )")
    #expect(formatted.hasPrefix("** (SyntaxError) bad.exs:3:5: syntax error before: ')'\n    |\n  3 | foo(1, )\n"))
    #expect(formatted.hasSuffix("\n    hint: something is missing"))
}

@Test func missingTerminatorIsATokenMissingError() {
    let diagnostic = ElixirParser.parse("receive do\n  x -> x\n").diagnostics.first
    #expect(diagnostic?.kind == .tokenMissing)
    #expect(diagnostic?.position == SourcePosition(line: 3, column: 1))
}
