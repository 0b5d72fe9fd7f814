import Testing

@testable import Language

/// The groups of the first match of `pattern` in `subject` (nil for an unset group), or nil.
private func firstMatch(_ pattern: String, _ subject: String, _ modifiers: String = "") throws -> [String?]? {
    guard case .success(let options) = RegexOptions.parse(modifiers: modifiers) else { return nil }
    let program = try RegexProgram.compile(Array(pattern.utf8), options: options)
    let bytes = Array(subject.utf8)
    guard let slots = RegexSearch(RegexMatcher(program: program, subject: bytes), from: 0, global: false).runToEnd()?.first else {
        return nil
    }
    return stride(from: 0, to: slots.count, by: 2).map { slot in
        slots[slot] < 0 ? nil : String(decoding: bytes[slots[slot]..<slots[slot + 1]], as: UTF8.self)
    }
}

/// The whole matches of every match of `pattern` in `subject`.
private func allMatches(_ pattern: String, _ subject: String, _ modifiers: String = "") throws -> [String] {
    guard case .success(let options) = RegexOptions.parse(modifiers: modifiers) else { return [] }
    let program = try RegexProgram.compile(Array(pattern.utf8), options: options)
    let bytes = Array(subject.utf8)
    let found = RegexSearch(RegexMatcher(program: program, subject: bytes), from: 0, global: true).runToEnd() ?? []
    return found.map { String(decoding: bytes[$0[0]..<$0[1]], as: UTF8.self) }
}

/// Greedy, lazy and possessive quantifiers backtrack as PCRE's do.
@Test func quantifiersBacktrackAsPCRE() throws {
    #expect(try firstMatch("<.+>", "<a><b>") == ["<a><b>"])
    #expect(try firstMatch("<.+?>", "<a><b>") == ["<a>"])
    #expect(try firstMatch("<.+>", "<a><b>", "U") == ["<a>"])
    #expect(try firstMatch("a++a", "aaaa") == nil)
    #expect(try firstMatch("(?>a+)b", "aaab") == ["aaab"])
    #expect(try firstMatch("a{1,3}?", "aaaa") == ["a"])
    #expect(try firstMatch("(a|ab)(c|bcd)(d*)", "abcd") == ["abcd", "a", "bcd", ""])
}

/// A loop whose body matched nothing stops looping instead of spinning.
@Test func emptyIterationsEndALoop() throws {
    #expect(try firstMatch("(a*)*b", "aab") == ["aab", ""])
    #expect(try firstMatch("(a?)+?c", "c") == ["c", ""])
}

/// Groups, back references and lookarounds.
@Test func groupsReferencesAndLookarounds() throws {
    #expect(try firstMatch("(a)|(b)", "b") == ["b", nil, "b"])
    #expect(try firstMatch("\\b(\\w+) \\1\\b", "the the") == ["the the", "the"])
    #expect(try firstMatch("(?<q>['\"]).*?\\k<q>", "say \"hi\" now") == ["\"hi\"", "\""])
    #expect(try firstMatch("(a)\\1", "aA", "i") == ["aA", "a"])
    #expect(try firstMatch("(?<=ab|xyz)c", "xyzc") == ["c"])
    #expect(try firstMatch("(?<!\\$)\\b\\d+", "$15 20") == ["20"])
    #expect(try firstMatch("\\d+(?!px|\\d)", "10px 20em") == ["20"])
    #expect(try firstMatch("(?=(\\w+))", "hello") == ["", "hello"])
}

/// Anchors follow `m`, and `s` makes `\r` and `\r\n` newlines as PCRE's anycrlf does.
@Test func anchorsAndNewlines() throws {
    #expect(try allMatches("^\\w+$", "ab\ncd\r\nef", "m") == ["ab", "ef"])
    #expect(try allMatches("^\\w+$", "ab\ncd\r\nef", "ms") == ["ab", "cd", "ef"])
    #expect(try firstMatch("a$", "a\n") == ["a"])
    #expect(try firstMatch("a\\z", "a\n") == nil)
    #expect(try firstMatch("b", "a\nb", "f") == nil)
}

/// Without `u` the subject is bytes read as Latin-1; with it, UTF-8 characters.
@Test func bytesOrCharacters() throws {
    #expect(try allMatches(".", "é").count == 2)
    #expect(try firstMatch(".", "é", "u") == ["é"])
    #expect(try allMatches("\\w+", "héllo wörld", "u") == ["héllo", "wörld"])
    #expect(try firstMatch("É", "é", "i") == nil)
    #expect(try firstMatch("É", "é", "iu") == ["é"])
    #expect(try allMatches("\\p{Lu}", "ÀbÇ", "u") == ["À", "Ç"])
}

/// A global search moves past empty matches as Erlang's `re:run` does.
@Test func globalSearchStepsOverEmptyMatches() throws {
    #expect(try allMatches("a*", "baaa") == ["", "aaa", ""])
    #expect(try allMatches("", "abc") == ["", "", "", ""])
    #expect(try allMatches("x*", "") == [""])
}

/// A catastrophic pattern stops at the step limit (PCRE's match limit) and reports no match.
@Test func theStepLimitEndsACatastrophicSearch() throws {
    let program = try RegexProgram.compile(Array("(a+)+$".utf8), options: RegexOptions())
    let subject = Array((String(repeating: "a", count: 30) + "b").utf8)
    let search = RegexSearch(RegexMatcher(program: program, subject: subject, stepLimit: 50_000), from: 0, global: false)
    #expect(search.runToEnd() == nil)
    #expect(search.matcher.steps > 50_000)
    #expect(search.matcher.steps < 50_100)
}

/// A search run in small slices pauses and ends with the same matches as one run to the end.
@Test func aSlicedSearchFindsTheSameMatches() throws {
    let program = try RegexProgram.compile(Array("(?<=x)(\\w)\\1|(?>b+)c".utf8), options: RegexOptions())
    let subject = Array("xaa bbbc xbb yzz bc".utf8)
    let whole = RegexSearch(RegexMatcher(program: program, subject: subject), from: 0, global: true).runToEnd()
    let sliced = RegexSearch(RegexMatcher(program: program, subject: subject), from: 0, global: true)
    var pauses = 0
    var result: [[Int]]??
    while result == nil {
        switch sliced.run(steps: 3) {
        case .paused: pauses += 1
        case .finished(let found): result = .some(found)
        }
    }
    #expect(pauses > 10)
    #expect(result == .some(whole))
    #expect(whole?.count == 4)
}

/// Long subjects need no host stack: the backtracking stack is an array.
@Test func longSubjectsUseNoHostRecursion() throws {
    let subject = String(repeating: "ab", count: 50_000)
    #expect(try firstMatch("(?:a|b)*$", subject)?.first??.count == 100_000)
    #expect(try firstMatch("^(?:(?=a)a|b)*c", subject) == nil)
}
