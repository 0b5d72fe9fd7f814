import Testing

@testable import Language

@Test func headlineHasElixirsShape() {
    let diagnostic = Diagnostic(
        kind: .syntaxError, message: "syntax error before: ')'", position: SourcePosition(line: 3, column: 5),
        hint: "something is missing")
    #expect(diagnostic.headline(file: "bad.exs") == "** (SyntaxError) bad.exs:3:5: syntax error before: ')'")
    #expect(diagnostic.formatted(file: "bad.exs").hasSuffix("\n    hint: something is missing"))
}

@Test func missingTerminatorIsATokenMissingError() {
    let diagnostic = ElixirParser.parse("receive do\n  x -> x\n").diagnostics.first
    #expect(diagnostic?.kind == .tokenMissing)
    #expect(diagnostic?.position == SourcePosition(line: 3, column: 1))
}
