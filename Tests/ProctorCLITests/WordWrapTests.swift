import Testing
@testable import ProctorCLI

@Test func proseWrapsAtWordsAndKeepsItsIndent() {
    let text = "Stuck? `proctor hint` shows hint 1 of 3.\n  indented lines stay indented when they wrap"
    #expect(WordWrap.wrap(text, width: 20) == """
        Stuck? `proctor
        hint` shows hint 1
        of 3.
          indented lines
          stay indented when
          they wrap
        """)
}

@Test func stylingTakesNoColumnsAndLongWordsStayWhole() {
    let bold = "\u{1B}[1mbold\u{1B}[0m"
    #expect(WordWrap.wrap("\(bold) \(bold) \(bold)", width: 9) == "\(bold) \(bold)\n\(bold)")
    #expect(WordWrap.wrap("a 05-state/kv_server_test.exs b", width: 10) == "a\n05-state/kv_server_test.exs\nb")
}
