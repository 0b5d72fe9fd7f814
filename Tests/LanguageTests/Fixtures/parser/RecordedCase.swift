/// One recorded oracle pair: a source text and the line real Elixir 1.14 printed for it.
struct RecordedCase: Sendable, CustomTestStringConvertible {
    let source: String
    let expected: String

    var testDescription: String { source }
}

import Testing
