/// The compile options of a pattern, from the `~r` modifiers or `Regex.compile/2`'s option string.
struct RegexOptions: Hashable, Sendable {
    /// `i`.
    var caseless = false
    /// `m`.
    var multiline = false
    /// `s`: `.` matches newlines, and `\r`, `\n` and `\r\n` all count as newlines (PCRE's `anycrlf`).
    var dotAll = false
    /// `x`: whitespace and `#` comments in the pattern are ignored.
    var extended = false
    /// `U`: quantifiers are lazy unless followed by `?`.
    var ungreedy = false
    /// `u`: the pattern and the subject are UTF-8 and classes follow Unicode.
    var unicode = false
    /// `f`: a match must start on the first line.
    var firstLine = false

    /// The options a modifier string such as `"imsxuUf"` stands for, or the rest of the string from
    /// the first unknown letter (Elixir reports `{:invalid_option, rest}`).
    static func parse(modifiers: String) -> Result<RegexOptions, InvalidOption> {
        var options = RegexOptions()
        var rest = Substring(modifiers)
        while let letter = rest.first {
            switch letter {
            case "i": options.caseless = true
            case "m": options.multiline = true
            case "s": options.dotAll = true
            case "x": options.extended = true
            case "U": options.ungreedy = true
            case "u": options.unicode = true
            case "f": options.firstLine = true
            default: return .failure(InvalidOption(rest: String(rest)))
            }
            rest = rest.dropFirst()
        }
        return .success(options)
    }

    /// A modifier string with an unknown letter.
    struct InvalidOption: Error {
        /// The string from the unknown letter on.
        let rest: String

        /// The part of `modifiers` from its first unknown letter (empty when all are known).
        static func rest(of modifiers: String) -> String {
            if case .failure(let invalid) = RegexOptions.parse(modifiers: modifiers) { return invalid.rest }
            return ""
        }
    }
}

/// A pattern that does not compile: PCRE's message and the byte offset in the pattern where it
/// was found (`Regex.compile("(a")` is `{:error, {'missing )', 2}}`).
struct RegexCompileError: Error, Equatable {
    /// What is wrong, worded as PCRE words it (or naming what proctor does not support).
    let message: String
    /// The byte offset in the pattern.
    let position: Int
}
