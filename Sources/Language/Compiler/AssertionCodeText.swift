// How ExUnit shows an assertion's code: `assert_receive({:a, x}, 50)` as
// `assert_receive {:a, x}`, and the pattern of `assert pattern = value`.

/// What a receive assertion's failure shows: the code (`assert_receive {:a, ^x}`) and the pattern (`{:a, ^x}`).
struct ReceiveAssertionText {
    let code: String
    let pattern: String
}

extension String {
    /// `assert_receive({:a, x})` written as ExUnit shows it: `assert_receive {:a, x}`; other text unchanged.
    func withoutCallParentheses() -> String {
        hasSuffix(")") && opensCallParenthesis ? replacingFirstParenthesis() : self
    }

    /// The pattern of `assert pattern = value` (the text before its `=`, outside brackets and strings).
    var matchedPattern: String {
        let body = withoutCallParentheses().drop { $0 != " " }.drop { $0 == " " }
        var depth = 0
        var quote: Character?
        var previous: Character = " "
        var index = body.startIndex
        while index < body.endIndex {
            let character = body[index]
            let next = body.index(after: index) < body.endIndex ? body[body.index(after: index)] : " "
            if let open = quote {
                if character == open && previous != "\\" { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if "([{".contains(character) {
                depth += 1
            } else if ")]}".contains(character) {
                depth -= 1
            } else if character == "=", depth == 0, !"=!<>".contains(previous), !"=~>".contains(next) {
                return String(body[..<index]).trimmingSpaces()
            }
            previous = character
            index = body.index(after: index)
        }
        return String(body)
    }

    /// Whether the text starts with a name directly followed by `(`, as `assert_receive(` does.
    var opensCallParenthesis: Bool {
        let name = prefix { $0.isLetter || $0 == "_" }
        return !name.isEmpty && dropFirst(name.count).first == "("
    }

    /// `assert_receive({:a, x})` written as ExUnit shows it: `assert_receive {:a, x}`.
    func replacingFirstParenthesis() -> String {
        guard let open = firstIndex(of: "(") else { return self }
        var text = self
        text.replaceSubrange(open...open, with: " ")
        if text.hasSuffix(")") { text.removeLast() }
        return text
    }

    /// The text with each sigil written as Elixir 1.14's `Macro.to_string` prints it in ExUnit's
    /// `code:` line: `~D[2024-01-01]` as `~D"2024-01-01"`, `~r/a+/i` as `~r"a+"i` (a sigil whose
    /// text holds a quote or a backslash, or sits inside a string, stays as written).
    var sigilsWithQuotes: String {
        let characters = Array(self)
        var result = ""
        var index = 0
        var inString = false
        while index < characters.count {
            let character = characters[index]
            if character == "\"", index == 0 || characters[index - 1] != "\\" { inString.toggle() }
            if !inString, character == "~", let (content, end) = sigil(in: characters, at: index) {
                result += "~" + String(characters[index + 1]) + "\"" + content + "\""
                index = end + 1
                continue
            }
            result.append(character)
            index += 1
        }
        return result
    }

    /// The text of the sigil starting at `start` and the index of its closing delimiter, when
    /// it can be written between quotes.
    private func sigil(in characters: [Character], at start: Int) -> (String, Int)? {
        let closers: [Character: Character] = ["[": "]", "(": ")", "{": "}", "<": ">", "/": "/", "|": "|", "'": "'"]
        guard start + 2 < characters.count, characters[start + 1].isLetter, let close = closers[characters[start + 2]],
              let end = characters[(start + 3)...].firstIndex(of: close)
        else { return nil }
        let content = characters[(start + 3)..<end]
        guard !content.contains("\""), !content.contains("\\"), !content.contains(characters[start + 2]) || close == characters[start + 2] else { return nil }
        return (String(content), end)
    }
}
