import Foundation
import Language
import Runtime

/// Runs a lesson's `iex` transcript as a doctest: feeds its inputs to a fresh session on
/// the virtual clock and renders the screen the way the transcript shows it.
public enum TranscriptRunner {
    /// The screen a fresh session shows for the transcript's inputs, without the final prompt;
    /// with `pause` (milliseconds), each input after the first is typed that long after the
    /// one before it (on the virtual clock), as a person would.
    public static func render(_ transcript: Transcript, pause: Int? = nil) -> String {
        let output = CapturingOutputSink()
        let session = InteractiveSession(output: output, clock: .virtual)
        if let load = transcript.load {
            do {
                try session.load(source: load.source, file: load.name)
            } catch {
                return error.messages(file: load.name, source: load.source).joined(separator: "\n")
            }
        }
        for (index, input) in transcript.inputs.enumerated() {
            if let pause, index > 0 { session.pause(milliseconds: pause) }
            output.write(session.nextPrompt() + input + "\n", to: .standardOutput)
            session.feed(input)
        }
        _ = session.nextPrompt()
        var screen = output.standardOutput
        while screen.hasSuffix("\n") { screen.removeLast() }
        return screen
    }

    /// The text with what changes between runs masked, per `Lessons/FORMAT.md` section 5.
    public static func mask(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            var masked = String(line)
            masked = masked.replacingOccurrences(of: #"#PID<[0-9.]+>"#, with: "#PID<...>", options: .regularExpression)
            masked = masked.replacingOccurrences(of: #"#Reference<[0-9.]+>"#, with: "#Reference<...>", options: .regularExpression)
            masked = masked.replacingOccurrences(of: #"#Function<[^>]*>"#, with: "#Function<...>", options: .regularExpression)
            masked = masked.replacingOccurrences(of: #"^\d\d:\d\d:\d\d\.\d{3} "#, with: "", options: .regularExpression)
            if masked.range(of: #"^\s+\([^ )]+ [^ )]+\) \S+:\d+: "#, options: .regularExpression) != nil { return nil }
            return masked
        }.joined(separator: "\n")
    }
}
