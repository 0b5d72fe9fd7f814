import Language
import Testing

/// Splitting a text into lines, byte by byte.
@Suite struct LineSlicesTests {
    @Test func keepsEmptyLinesAndTheLastLineWithoutANewline() {
        #expect("a\n\nb".lineSlices == ["a", "", "b"])
        #expect("a\n".lineSlices == ["a", ""])
        #expect("".lineSlices == [""])
    }

    @Test func leavesACarriageReturnBehindAndKeepsMultibyteCharactersWhole() {
        #expect("é1\r\nπ2\n✓".lineSlices == ["é1\r", "π2", "✓"])
    }
}
