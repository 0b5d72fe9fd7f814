/// A problem found while compiling, reported as Elixir's `CompileError`.
public struct CompileError: Error, Sendable, Equatable {
    /// What is wrong, as Elixir words it (`undefined function foo/0 (there is no such import)`).
    public let message: String
    /// The line it was found on.
    public let line: Int
    /// The exception Elixir raises for it: `CompileError`, or `ArgumentError` for a few misplaced forms.
    public let exception: String
    /// A short explanation for learners, written by proctor (not by Elixir).
    public let hint: String?
    /// Stack-frame lines Elixir prints under the headline (`(elixir 1.14.0) expanding macro: Kernel.sigil_r/2`).
    public let frames: [String]

    /// Makes a compile error at `line`.
    public init(_ message: String, line: Int, exception: String = "CompileError", hint: String? = nil, frames: [String] = []) {
        self.message = message
        self.line = line
        self.exception = exception
        self.hint = hint
        self.frames = frames
    }

    /// `** (CompileError) file.exs:3: message` (Elixir gives no place for an `ArgumentError`), then the hint.
    public func formatted(file: String) -> String {
        let place = line > 0 ? "\(file):\(line): " : "\(file): "
        let headline = exception == "CompileError" ? "** (CompileError) \(place)\(message)" : "** (\(exception)) \(message)"
        let trace = frames.map { "\n    " + $0 }.joined()
        return headline + trace + (hint.map { "\n    hint: " + (exception == "CompileError" ? "" : place) + $0 } ?? "")
    }
}
