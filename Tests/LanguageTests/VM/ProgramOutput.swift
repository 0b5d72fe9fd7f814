import Language
import Runtime

/// What a script printed and the exit status it ended with, run on the virtual clock.
struct ProgramOutput {
    let standardOutput: String
    let standardError: String
    let status: Int32

    init(running source: String, file: String = "test.exs") {
        let sink = CapturingOutputSink()
        status = ScriptRunner(output: sink, clock: .virtual).run(source: source, file: file)
        standardOutput = sink.standardOutput
        standardError = sink.standardError
    }
}
