import Foundation
import Testing

@testable import Language

/// The recorded fixture programs (`Tests/LanguageTests/Fixtures/programs/cases`).
private func fixturePrograms() throws -> [URL] {
    let cases = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/programs/cases")
    let names = try FileManager.default.contentsOfDirectory(atPath: cases.path)
    return names.filter { $0.hasSuffix(".exs") }.sorted().map { cases.appendingPathComponent($0) }
}

/// Parses `source`, prints the tree and parses the print: both trees must be the same quoted form;
/// `difference` shows both quoted forms from where they part.
private func roundTrip(_ source: String) throws -> (printed: String, same: Bool, difference: String) {
    let tree = QuotedRenderer.render(try ElixirParser.parseOrThrow(source))
    let printed = ElixirPrinter.source(of: try ElixirParser.parseOrThrow(source))
    let reparsed = ElixirParser.parse(printed).tree.map(QuotedRenderer.render) ?? "(no tree)"
    let common = zip(tree, reparsed).prefix { $0 == $1 }.count
    let difference = "expected " + tree.dropFirst(max(common - 20, 0)).prefix(120) + "\nprinted  " + reparsed.dropFirst(max(common - 20, 0)).prefix(120)
    return (printed, reparsed == tree, difference)
}

@Test func printsEveryFixtureProgramBackToTheSameTree() throws {
    let programs = try fixturePrograms()
    #expect(programs.count > 100)
    for program in programs {
        let source = try String(contentsOf: program, encoding: .utf8)
        guard ElixirParser.parse(source).tree != nil else { continue }
        let result = try roundTrip(source)
        #expect(result.same, "\(program.lastPathComponent): \(result.difference)")
    }
}

@Test(arguments: [
    ("defmodule A do\n  def f(x) when x > 0, do: x\nend", "defmodule A do\n  def f(x) when x > 0 do\n    x\n  end\nend"),
    ("(a + b) * c", "(a + b) * c"),
    ("a - (b - c)", "a - (b - c)"),
    ("[h | t] = list", "[h | t] = list"),
    ("Enum.map(xs, &(&1 * 2))", "Enum.map(xs, &(&1 * 2))"),
    ("Enum.map(xs, &Task.await/1)", "Enum.map(xs, &Task.await/1)"),
    ("%{m | a: 1}", "%{m | a: 1}"),
    ("%{\"k\" => 1}", "%{\"k\" => 1}"),
    ("receive do\n  x -> x\nafter\n  0 -> nil\nend", "receive do\n  x -> x\nafter\n  0 -> nil\nend"),
    ("fn -> :ok end", "fn -> :ok end"),
    ("x = (a; b)", "x = (a; b)"),
])
func printsReadableElixir(_ example: (source: String, printed: String)) throws {
    let result = try roundTrip(example.source)
    #expect(result.printed == example.printed)
    #expect(result.same)
}
