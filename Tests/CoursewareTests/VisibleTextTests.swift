import Courseware
import Testing

@Test func controlCharactersAreEscapedAndNewlinesAndTabsKept() {
    #expect(VisibleText.escaped("\u{1B}[2J\u{1B}[Hhi") == "\\e[2J\\e[Hhi")
    #expect(VisibleText.escaped("a\nb\tc") == "a\nb\tc")
    #expect(VisibleText.escaped("\r\u{0}\u{7}\u{8}\u{B}\u{C}\u{7F}") == "\\r\\0\\a\\b\\v\\f\\d")
    #expect(VisibleText.escaped("\u{1}\u{1F}") == "\\x01\\x1F")
    #expect(VisibleText.escaped("\u{9B}2J\u{85}\u{2028}") == "\\u{9B}2J\\u{85}\\u{2028}")
    #expect(VisibleText.escaped("héllo ✓ 日本") == "héllo ✓ 日本")
}
