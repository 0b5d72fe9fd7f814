import Foundation
import Language
import Runtime
import Testing

/// One Elixir program with the outputs real Elixir 1.14 recorded for it.
struct ProgramFixture: CustomTestStringConvertible, Sendable {
    let directory: URL
    let name: String

    var testDescription: String { name }

    var source: String { (try? String(contentsOf: directory.appendingPathComponent("cases/\(name).exs"), encoding: .utf8)) ?? "" }

    func expected(_ suffix: String) -> String {
        (try? String(contentsOf: directory.appendingPathComponent("expected/\(name).\(suffix)"), encoding: .utf8)) ?? ""
    }

    /// Every fixture in the project's corpus and, when it is beside the repository, the shared conformance corpus.
    static func all() -> [ProgramFixture] {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let repository = tests.deletingLastPathComponent().deletingLastPathComponent()
        let folders = [
            tests.appendingPathComponent("Fixtures/programs"),
            repository.deletingLastPathComponent().appendingPathComponent("shared/conformance"),
        ]
        return folders.flatMap { folder -> [ProgramFixture] in
            let cases = folder.appendingPathComponent("cases")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: cases.path)) ?? []
            return names.filter { $0.hasSuffix(".exs") }.sorted().map {
                ProgramFixture(directory: folder, name: String($0.dropLast(4)))
            }
        }
    }

    /// Fixtures proctor does not pass yet, one name per line in `Fixtures/programs/known-failures.txt`.
    static let knownFailures: Set<String> = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/programs/known-failures.txt")
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").map { String($0.split(separator: " ").first ?? "") }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }()
}

/// Runs every fixture program on proctor (virtual clock) and compares its stdout, stderr
/// (where Elixir printed any) and exit code with what real Elixir printed.
@Test(arguments: ProgramFixture.all())
func programMatchesElixir(_ fixture: ProgramFixture) {
    let output = CapturingOutputSink()
    let runner = ScriptRunner(output: output, clock: .virtual, limits: RunLimits(wallTimeNanoseconds: 120_000_000_000))
    let status = runner.run(source: fixture.source, file: fixture.name + ".exs")
    let exUnit = fixture.name.contains("exunit")
    let stdout = OutputNormalizer.normalize(output.standardOutput, exUnit: exUnit)
    let stderr = OutputNormalizer.normalize(output.standardError, exUnit: exUnit)
    let expectedError = fixture.expected("err")
    let matches = stdout == fixture.expected("out") && (expectedError.isEmpty || stderr == expectedError)
        && String(status) == fixture.expected("code").trimmingCharacters(in: .whitespacesAndNewlines)
    if ProgramFixture.knownFailures.contains(fixture.name) {
        #expect(!matches, "\(fixture.name) passes now: remove it from known-failures.txt")
        return
    }
    #expect(stdout == fixture.expected("out"))
    if !expectedError.isEmpty { #expect(stderr == expectedError) }
    #expect(String(status) == fixture.expected("code").trimmingCharacters(in: .whitespacesAndNewlines))
}
