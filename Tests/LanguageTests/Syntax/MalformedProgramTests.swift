import Foundation
import Language
import Runtime
import Testing

/// One malformed program and the headline real Elixir 1.14 printed for it
/// (`Fixtures/syntax-errors`, recorded by its `record.sh`).
struct MalformedProgram: CustomTestStringConvertible, Sendable {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/syntax-errors")

    let name: String
    var testDescription: String { name }

    var source: String { (try? String(contentsOf: Self.folder.appendingPathComponent("cases/\(name).exs"), encoding: .utf8)) ?? "" }
    var headline: String {
        let text = (try? String(contentsOf: Self.folder.appendingPathComponent("expected/\(name).headline"), encoding: .utf8)) ?? ""
        return text.trimmingCharacters(in: .newlines)
    }

    static func all() -> [MalformedProgram] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("cases").path)) ?? []
        return names.filter { $0.hasSuffix(".exs") }.sorted().map { MalformedProgram(name: String($0.dropLast(4))) }
    }
}

/// Every class of syntax and compile error gets Elixir's own headline and exit code 1, and
/// nothing runs: the program's first line of output is the error.
@Test(arguments: MalformedProgram.all())
func malformedProgramGetsElixirsHeadline(_ program: MalformedProgram) {
    let output = CapturingOutputSink()
    let status = ScriptRunner(output: output, clock: .virtual).run(source: program.source, file: program.name + ".exs")
    #expect(status == 1)
    #expect(output.standardOutput.isEmpty)
    let headline = output.standardError.split(separator: "\n").first { $0.hasPrefix("** (") }.map(String.init)
    #expect(headline == program.headline)
}

@Test func theMalformedProgramCorpusIsThere() {
    #expect(MalformedProgram.all().count >= 30)
}

/// Programs nested far deeper than anyone writes by hand (generated, pasted or fuzzed) get a
/// syntax error instead of overflowing the host stack in the parser or the compiler.
@Test(arguments: [
    "x = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
    "x = " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000),
    "x = " + String(repeating: "{", count: 100_000) + String(repeating: "}", count: 100_000),
    "x = 1" + String(repeating: " + 1", count: 100_000),
    "x = 1" + String(repeating: " |> f()", count: 100_000),
    "x = " + String(repeating: "fn -> ", count: 5_000) + "1" + String(repeating: " end", count: 5_000),
])
func deeplyNestedProgramIsASyntaxError(_ source: String) {
    let output = CapturingOutputSink()
    let status = ScriptRunner(output: output, clock: .virtual).run(source: source + "\n", file: "deep.exs")
    #expect(status == 1)
    #expect(output.standardError.contains("expression nests too deeply"))
}
