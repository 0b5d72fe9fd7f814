import Testing

/// One recorded oracle pair: a source text and what real Elixir 1.14 printed for it.
struct RecordedCase: Sendable, CustomTestStringConvertible {
    let source: String
    let expected: String

    var testDescription: String { source }
}
