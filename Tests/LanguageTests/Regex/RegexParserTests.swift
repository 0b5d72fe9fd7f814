import Testing

@testable import Language

/// A pattern with the error PCRE 8.44 (through Elixir 1.14's `Regex.compile/1`) reported for it.
struct RecordedRegexError: CustomTestStringConvertible, Sendable {
    let pattern: String
    let message: String
    let position: Int

    var testDescription: String { pattern }
}

private func compileError(_ pattern: String, _ options: RegexOptions = RegexOptions()) -> RegexCompileError? {
    do {
        _ = try RegexProgram.compile(Array(pattern.utf8), options: options)
        return nil
    } catch {
        return error
    }
}

/// Bad patterns fail with PCRE's message and byte position, as recorded from Elixir 1.14.
@Test(arguments: [
    RecordedRegexError(pattern: "*a", message: "nothing to repeat", position: 0),
    RecordedRegexError(pattern: "a)", message: "unmatched parentheses", position: 1),
    RecordedRegexError(pattern: "(a", message: "missing )", position: 2),
    RecordedRegexError(pattern: "[a", message: "missing terminating ] for character class", position: 2),
    RecordedRegexError(pattern: "a{2,1}", message: "numbers out of order in {} quantifier", position: 5),
    RecordedRegexError(pattern: "[z-a]", message: "range out of order in character class", position: 3),
    RecordedRegexError(pattern: "(?<n>a)(?<n>b)", message: "two named subpatterns have the same name", position: 11),
    RecordedRegexError(pattern: "(a)\\2", message: "reference to non-existent subpattern", position: 5),
    RecordedRegexError(pattern: "(?<=a+)b", message: "lookbehind assertion is not fixed length", position: 6),
    RecordedRegexError(pattern: "a**", message: "nothing to repeat", position: 2),
    RecordedRegexError(pattern: "\\", message: "\\ at end of pattern", position: 1),
    RecordedRegexError(pattern: "x{99999}", message: "number too big in {} quantifier", position: 7),
    RecordedRegexError(pattern: "[[:foo:]]", message: "unknown POSIX class name", position: 3),
    RecordedRegexError(pattern: "(?z)", message: "unrecognized character after (? or (?-", position: 2),
    RecordedRegexError(pattern: "\\p{Foo}", message: "unknown property name after \\P or \\p", position: 6),
    RecordedRegexError(pattern: "\\k<zz>", message: "reference to non-existent subpattern", position: 5),
    RecordedRegexError(pattern: "\\c", message: "\\c at end of pattern", position: 2),
])
func badPatternsFailAsPCREDoes(_ recorded: RecordedRegexError) {
    #expect(compileError(recorded.pattern) == RegexCompileError(message: recorded.message, position: recorded.position))
}

/// Patterns PCRE accepts compile.
@Test(arguments: ["\\1(a)", "(?P<x>a)(?P=x)", "a{,3}", "(?#comment)a", "a++b", "\\ca", "\\Qa.b\\E", "(?i)a(?-i:b)", "[]a]", "(?<=ab|xyz)c"])
func goodPatternsCompile(_ pattern: String) {
    #expect(compileError(pattern) == nil)
}

/// What proctor does not match is refused when the pattern compiles, naming the construct.
@Test(arguments: [
    ("(?R)", "recursion"), ("(?1)(a)", "recursion"), ("(?&n)(?<n>a)", "recursion"), ("(a)\\g<1>", "recursion"),
    ("(?(1)a|b)", "conditional"), ("(*SKIP)a", "backtracking verb"), ("(?|a|b)", "branch reset"),
    ("\\X", "\\X"), ("a\\Kb", "\\K"), ("\\C", "\\C"), ("\\p{Greek}", "\\p{Greek}"), ("(?C1)a", "callout"),
])
func unsupportedConstructsAreNamedErrors(_ pattern: String, _ construct: String) throws {
    let error = try #require(compileError(pattern))
    #expect(error.message.contains(construct))
    #expect(error.message.hasSuffix("is not supported by proctor"))
}

/// Nesting and size are bounded, so the parser's and compiler's recursion and the program stay small.
@Test func deepOrHugePatternsAreRefused() {
    let deep = String(repeating: "(", count: 300) + "a" + String(repeating: ")", count: 300)
    #expect(compileError(deep)?.message == "parentheses are too deeply nested")
    #expect(compileError("(a{1000}){1000}")?.message == "regular expression is too large")
}

/// Named groups are numbered in order and listed by name.
@Test func namedGroupsAreNumberedInOrder() throws {
    let program = try RegexProgram.compile(Array("(?<zed>a)(b)(?<alpha>c)".utf8), options: RegexOptions())
    #expect(program.groupCount == 3)
    #expect(program.names == ["zed": 1, "alpha": 3])
}
