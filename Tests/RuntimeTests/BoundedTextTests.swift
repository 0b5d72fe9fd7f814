import Runtime
import Testing

@Test func shortOutputIsKeptWhole() {
    var text = BoundedText(headBytes: 100, tailBytes: 50)
    text.append("one\n")
    text.append("two\n")
    #expect(text.text == "one\ntwo\n")
}

@Test func longOutputKeepsItsStartAndEndAndCountsTheLinesBetween() {
    var text = BoundedText(headBytes: 20, tailBytes: 20)
    for line in 1...1_000 { text.append("line \(line)\n") }
    let kept = text.text
    #expect(kept.hasPrefix("line 1\nline 2\nline 3\n"))
    #expect(kept.hasSuffix("line 999\nline 1000\n"))
    #expect(kept.contains("more lines ..."))
    #expect(kept.utf8.count < 100)
}

@Test func theOmittedLineCountIsExact() {
    var text = BoundedText(headBytes: 6, tailBytes: 6, keptRepeats: .max)
    for _ in 1...10 { text.append("ab\n") }
    #expect(text.text == "ab\nab\n... 6 more lines ...\nab\nab\n")
}

@Test func oneHugeWriteIsCutWithoutBreakingCharacters() {
    var text = BoundedText(headBytes: 7, tailBytes: 7)
    text.append(String(repeating: "é", count: 1_000) + "\n")
    let kept = text.text
    #expect(kept.hasPrefix("ééé"))
    #expect(kept.hasSuffix("é\n"))
    #expect(!kept.contains("\u{FFFD}"))
}

@Test func identicalReportsFromManyProcessesFoldIntoOneLine() {
    var text = BoundedText(keptRepeats: 2)
    for serial in 1...100_000 { text.append("[error] Process #PID<0.\(serial).0> raised an exception\n") }
    text.append("done\n")
    let lines = text.text.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[2] == "[the same output 99998 more times (pids and references aside)]")
    #expect(lines[3] == "done")
}

@Test func differentWritesAreNeverFolded() {
    var text = BoundedText(keptRepeats: 1)
    for number in 1...20 { text.append("value \(number)\n") }
    #expect(text.text.split(separator: "\n").count == 20)
}

@Test func anUnboundedTextKeepsEverything() {
    var text = BoundedText.unbounded
    for _ in 1...50_000 { text.append("same\n") }
    #expect(text.text.utf8.count == 5 * 50_000)
}
