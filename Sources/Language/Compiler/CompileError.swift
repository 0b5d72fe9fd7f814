/// A problem found while compiling, reported as Elixir's `CompileError`.
public struct CompileError: Error, Sendable, Equatable {
    /// What is wrong, as Elixir words it (`undefined function foo/0 (there is no such import)`).
    public let message: String
    /// The line it was found on.
    public let line: Int

    /// Makes a compile error at `line`.
    public init(_ message: String, line: Int) {
        self.message = message
        self.line = line
    }

    /// `** (CompileError) file.exs:3: message`.
    public func formatted(file: String) -> String {
        "** (CompileError) \(file):\(line): \(message)"
    }
}
