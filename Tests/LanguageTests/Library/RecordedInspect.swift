import Language
import Runtime
import Testing

/// One expression and what real Elixir 1.14 printed for `IO.puts(inspect(expression))`.
struct RecordedInspect: CustomTestStringConvertible, Sendable {
    let expression: String
    let elixir: String

    init(_ expression: String, _ elixir: String) {
        self.expression = expression
        self.elixir = elixir
    }

    var testDescription: String { expression }

    /// What proctor prints for the same program (stdout and stderr, without the final newline).
    func proctor() -> String {
        let output = CapturingOutputSink()
        let runner = ScriptRunner(output: output, clock: .virtual)
        _ = runner.run(source: "IO.puts(inspect(\(expression)))\n", file: "case.exs")
        let text = output.standardOutput + output.standardError
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
