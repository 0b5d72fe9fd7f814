import Foundation
import Language
import Runtime
import Testing

/// One Elixir program with the outputs real Elixir 1.14 recorded for it.
struct ProgramFixture: CustomTestStringConvertible, Sendable {
    let directory: URL
    let name: String
    /// Whether this is the copy of the shared conformance corpus (compared with its runner's rules).
    let isConformance: Bool

    var testDescription: String { isConformance ? "conformance/" + name : name }

    /// How ExUnit output is compared: the conformance corpus and the `exunitfull` programs compare
    /// failure blocks whole (with their own file's stack frames), other `exunit` programs their headers.
    var exUnitBlocks: OutputNormalizer.ExUnitBlocks {
        if comparesWholeFailures { return .whole }
        return name.contains("exunit") ? .headersOnly : .none
    }

    /// Whether failure blocks and the program's own stack frames are compared whole.
    var comparesWholeFailures: Bool { isConformance || name.contains("exunitfull") }

    var source: String { (try? String(contentsOf: directory.appendingPathComponent("cases/\(name).exs"), encoding: .utf8)) ?? "" }

    func expected(_ suffix: String) -> String {
        (try? String(contentsOf: directory.appendingPathComponent("expected/\(name).\(suffix)"), encoding: .utf8)) ?? ""
    }

    /// Every fixture of the project's own corpus (`Fixtures/programs`) and of its recorded copy
    /// of the shared conformance corpus (`Fixtures/conformance`): nothing outside the repository.
    static func all() -> [ProgramFixture] {
        corpus("programs", isConformance: false) + corpus("conformance", isConformance: true)
    }

    /// The folder holding the fixture corpora.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    private static func corpus(_ folderName: String, isConformance: Bool) -> [ProgramFixture] {
        let folder = fixtures.appendingPathComponent(folderName)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("cases").path)) ?? []
        return names.filter { $0.hasSuffix(".exs") }.sorted().map {
            ProgramFixture(directory: folder, name: String($0.dropLast(4)), isConformance: isConformance)
        }
    }

    /// Fixtures proctor does not pass yet: one name per line in each corpus's `known-failures.txt`.
    var isKnownFailure: Bool {
        let file = directory.appendingPathComponent("known-failures.txt")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        let names = text.split(separator: "\n").map { String($0.split(separator: " ").first ?? "") }
        return names.contains(name)
    }
}

/// Runs every fixture program on proctor (virtual clock) and compares its stdout, stderr and
/// exit code with what real Elixir printed (an empty recorded stderr means none is allowed).
@Test(arguments: ProgramFixture.all())
func programMatchesElixir(_ fixture: ProgramFixture) {
    let output = CapturingOutputSink()
    let runner = ScriptRunner(output: output, clock: .virtual, limits: RunLimits(wallTimeNanoseconds: 120_000_000_000))
    let file = fixture.name + ".exs"
    let status = runner.run(source: fixture.source, file: file)
    let ownFile = fixture.comparesWholeFailures ? file : nil
    let stdout = OutputNormalizer.normalize(output.standardOutput, exUnit: fixture.exUnitBlocks, ownFile: ownFile)
    let stderr = OutputNormalizer.normalize(output.standardError, exUnit: fixture.exUnitBlocks, ownFile: ownFile)
    let code = fixture.expected("code").trimmingCharacters(in: .whitespacesAndNewlines)
    let matches = stdout == fixture.expected("out") && stderr == fixture.expected("err") && String(status) == code
    if fixture.isKnownFailure {
        #expect(!matches, "\(fixture.testDescription) passes now: remove it from known-failures.txt")
        return
    }
    #expect(stdout == fixture.expected("out"))
    #expect(stderr == fixture.expected("err"))
    #expect(String(status) == code)
}
