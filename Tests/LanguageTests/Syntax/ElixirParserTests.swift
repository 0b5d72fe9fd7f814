import Foundation
import Testing

@testable import Language

/// Parses `source` and renders the tree, or describes the diagnostic.
private func renderedQuotedForm(_ source: String) -> String {
    let result = ElixirParser.parse(source)
    guard let tree = result.tree else {
        return "error: " + (result.diagnostics.first.map { $0.headline(file: "bad.exs") } ?? "none")
    }
    return QuotedRenderer.render(tree)
}

@Test("parses like Code.string_to_quoted/2", arguments: recordedExpressions)
func parsesLikeElixir(_ recorded: RecordedCase) {
    #expect(renderedQuotedForm(recorded.source) == recorded.expected)
}

@Test("parses whole conformance programs like Code.string_to_quoted/2", arguments: recordedPrograms)
func parsesProgramsLikeElixir(_ recorded: RecordedCase) {
    #expect(renderedQuotedForm(recorded.source) == recorded.expected)
}

@Test("reports syntax errors as `elixir bad.exs` prints them", arguments: recordedErrors)
func reportsErrorsLikeElixir(_ recorded: RecordedCase) {
    let result = ElixirParser.parse(recorded.source)
    #expect(result.tree == nil)
    let firstLine = recorded.expected.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init)
    #expect(result.diagnostics.first?.headline(file: "bad.exs") == firstLine)
    #expect(result.diagnostics.first?.report(file: "bad.exs", source: recorded.source) == recorded.expected)
}

@Test func everyErrorCarriesAHint() {
    for recorded in recordedErrors {
        let hint = ElixirParser.parse(recorded.source).diagnostics.first?.hint
        #expect(hint?.isEmpty == false, "no hint for \(recorded.source)")
    }
}

/// The project's recorded copy of the conformance programs (`Fixtures/conformance/cases`).
private func conformancePrograms() throws -> [URL] {
    let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/conformance/cases")
    let names = try FileManager.default.contentsOfDirectory(atPath: cases.path)
    return names.filter { $0.hasSuffix(".exs") }.sorted().map { cases.appendingPathComponent($0) }
}

@Test func parsesEveryConformanceProgram() throws {
    let programs = try conformancePrograms()
    #expect(!programs.isEmpty)
    for program in programs {
        let source = try String(contentsOf: program, encoding: .utf8)
        let result = ElixirParser.parse(source)
        #expect(result.diagnostics.isEmpty, "\(program.lastPathComponent): \(result.diagnostics)")
    }
}

@Test func sameTreeForKeywordAndDoBlockForms() throws {
    let keyword = try ElixirParser.parseOrThrow("if x, do: y, else: z")
    let block = try ElixirParser.parseOrThrow("if x do\n  y\nelse\n  z\nend")
    #expect(QuotedRenderer.render(keyword) == QuotedRenderer.render(block))
    #expect(keyword.callName == "if")
    #expect(keyword.arguments?.last?.keywordEntries?.map(\.key) == ["do", "else"])
}

@Test func nodesCarryPositions() throws {
    let tree = try ElixirParser.parseOrThrow("x = 1\n  foo(y)")
    let lines = tree.arguments ?? []
    #expect(lines.count == 2)
    #expect(lines[1].position == SourcePosition(line: 2, column: 3))
    #expect(lines[1].arguments?.first?.position == SourcePosition(line: 2, column: 7))
}

/// Positions as `Code.string_to_quoted!(source, columns: true)` reports them (recorded from Elixir 1.14).
@Test func callPositionsMatchElixirColumns() throws {
    let lines = try ElixirParser.parseOrThrow("Foo.bar(1)\nx.y\n  f.(1)\nm[:a]\n\"a#{b}\"").arguments ?? []
    #expect(lines.map(\.position) == [
        SourcePosition(line: 1, column: 5), SourcePosition(line: 2, column: 3), SourcePosition(line: 3, column: 4),
        SourcePosition(line: 4, column: 2), SourcePosition(line: 5, column: 1),
    ])
    if case .call(.expression(let dot), _) = lines[0].kind {
        #expect(dot.position == SourcePosition(line: 1, column: 4))
    }
    #expect(lines[4].arguments?.last?.position == SourcePosition(line: 5, column: 3))
}

/// Elixir 1.14 printed this (metadata stripped) for the same Windows-style source.
@Test func readsWindowsLineEndings() throws {
    let source = "x = \"\"\"\r\n  abc\r\n  \"\"\"\r\ny = \"a\r\nb\"\r\nz = 1 +\r\n 2\r\n"
    let expected = #"{:__block__, [], [{:=, [], [{:x, [], nil}, "abc\r\n"]}, {:=, [], [{:y, [], nil}, "a\r\nb"]}, "#
        + #"{:=, [], [{:z, [], nil}, {:+, [], [1, 2]}]}]}"#
    #expect(QuotedRenderer.render(try ElixirParser.parseOrThrow(source)) == expected)
}

@Test func fieldAccessIsMarkedWithoutParentheses() throws {
    let field = try ElixirParser.parseOrThrow("m.key")
    let call = try ElixirParser.parseOrThrow("m.key()")
    #expect(field.noParentheses)
    #expect(!call.noParentheses)
    #expect(field.remoteCallee?.name == "key")
}

@Test func deepNestingFailsCleanly() {
    for opener in ["(", "[", "{", "%{a: ", "fn -> ", "-", "\"#{"] {
        let source = String(repeating: opener, count: 5_000)
        let result = ElixirParser.parse(source)
        #expect(result.tree == nil, "accepted 5000 × \(opener)")
        #expect(!result.diagnostics.isEmpty)
    }
}

@Test(arguments: [("(", ")"), ("[", "]"), ("{", "}"), ("%{a: ", "}"), ("fn -> ", " end"), ("f(", ")"), ("<< ", " >>")])
func balancedNestingParsesUpToTheLimitAndFailsCleanlyBeyond(_ brackets: (open: String, close: String)) {
    func nested(_ depth: Int) -> String {
        String(repeating: brackets.open, count: depth) + "1" + String(repeating: brackets.close, count: depth)
    }
    #expect(ElixirParser.parse(nested(300)).diagnostics.isEmpty)
    let tooDeep = ElixirParser.parse(nested(3_000))
    #expect(tooDeep.tree == nil)
    #expect(tooDeep.diagnostics.first?.message == "expression nests too deeply")
}

@Test func neverCrashesOnTruncatedPrograms() throws {
    let programs = try conformancePrograms()
    for program in programs.prefix(10) {
        let scalars = Array(try String(contentsOf: program, encoding: .utf8).unicodeScalars)
        for length in stride(from: 0, to: scalars.count, by: 7) {
            var prefix = String.UnicodeScalarView()
            prefix.append(contentsOf: scalars[..<length])
            _ = ElixirParser.parse(String(prefix))
        }
    }
}

@Test func parsesAThousandLinesQuickly() throws {
    let chunk = """
        defmodule Counter do
          def loop(state) do
            receive do
              {:add, n} when is_integer(n) -> loop(state + n)
              {:get, from} ->
                send(from, {:count, state})
                loop(state)
            end
          end
        end

        """
    let source = String(repeating: chunk, count: 100)
    let clock = ContinuousClock()
    _ = ElixirParser.parse(source)
    var result: ParseResult?
    let elapsed = clock.measure { result = ElixirParser.parse(source) }
    #expect(result?.diagnostics.isEmpty == true)
    print("parsed \(source.split(separator: "\n").count) lines in \(elapsed) (second run)")
}
