/// A place in source text: 1-based line and 1-based column (counted in Unicode scalars).
public struct SourcePosition: Sendable, Hashable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column number.
    public var column: Int

    /// Creates a position at `line`:`column`.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position as `line:column`.
    public var description: String { "\(line):\(column)" }
}
