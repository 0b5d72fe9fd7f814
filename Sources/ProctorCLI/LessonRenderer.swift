import Courseware

/// Renders a lesson for the terminal: headings, emphasis, inline code, lists wrapped to
/// the width, code blocks indented and lightly highlighted.
struct LessonRenderer {
    let style: TerminalStyle
    let width: Int

    func render(_ lesson: Lesson) -> String {
        var out: [String] = []
        for block in lesson.blocks { out.append(render(block)) }
        out.append(style.bold("Exercises"))
        for exercise in lesson.exercises {
            out.append("  " + style.code(exercise.id) + " — " + exercise.title)
        }
        out.append(style.dim("Start them with `proctor init`, then `proctor check` grades your file."))
        return out.joined(separator: "\n\n") + "\n"
    }

    private func render(_ block: LessonBlock) -> String {
        switch block {
        case .heading(1, let text): return style.heading(text)
        case .heading(_, let text): return style.bold(inline(text))
        case .paragraph(let text): return wrap(text, indent: "")
        case .list(let ordered, let items):
            return items.enumerated().map { index, item in
                let marker = ordered ? "\(index + 1). " : "• "
                return wrap(item, indent: "  ", firstPrefix: "  " + marker, hanging: String(repeating: " ", count: marker.count + 2))
            }.joined(separator: "\n")
        case .code(_, let text): return codeBlock(text)
        case .transcript(let transcript): return codeBlock(transcript.text, transcript: true)
        case .chart(let chart): return codeBlock(chart.text)
        }
    }

    private func codeBlock(_ text: String, transcript: Bool = false) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let line = String(line)
            if transcript, let close = line.range(of: ")> "), line.hasPrefix("iex(") || line.hasPrefix("...(") {
                return "    " + style.dim(String(line[..<close.upperBound])) + ElixirHighlighter(style: style).highlight(String(line[close.upperBound...]))
            }
            return "    " + (transcript ? line : ElixirHighlighter(style: style).highlight(line))
        }.joined(separator: "\n")
    }

    /// Wraps `text` (with inline markup) to the width; continuation lines start with `hanging`.
    private func wrap(_ text: String, indent: String, firstPrefix: String? = nil, hanging: String? = nil) -> String {
        WordWrap.pack(inline(text).split(separator: " "), first: firstPrefix ?? indent, continuation: hanging ?? indent, width: width)
    }

    /// How many columns `text` takes on screen (ANSI escape sequences take none).
    static func visibleLength(_ text: Substring) -> Int {
        var length = 0
        var inEscape = false
        for character in text {
            if inEscape {
                if character == "m" { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                length += 1
            }
        }
        return length
    }

    /// `code`, *emphasis* and **strong** in a piece of text.
    private func inline(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { $0 == "`" || $0 == "*" }) {
            result += rest[..<start]
            let marker = rest[start...].hasPrefix("**") ? "**" : String(rest[start])
            let body = rest[rest.index(start, offsetBy: marker.count)...]
            guard let end = body.range(of: marker) else {
                result += rest[start...]
                return result
            }
            let inner = String(body[..<end.lowerBound])
            switch marker {
            case "`": result += style.code(inner)
            case "**": result += style.bold(inner)
            default: result += style.italic(inner)
            }
            rest = body[end.upperBound...]
        }
        return result + rest
    }
}

/// A light highlighter for Elixir lines: keywords, atoms, strings and comments.
struct ElixirHighlighter {
    let style: TerminalStyle
    private static let keywords: Set<String> = [
        "def", "defp", "defmodule", "do", "end", "fn", "receive", "after", "case", "cond", "if", "else", "unless",
        "try", "rescue", "catch", "with", "for", "when", "use", "test", "describe", "assert", "refute",
    ]

    func highlight(_ line: String) -> String {
        guard style.enabled else { return line }
        if let hash = line.firstIndex(of: "#"), !line[..<hash].contains("\"") {
            return highlightCode(String(line[..<hash])) + style.dim(String(line[hash...]))
        }
        return highlightCode(line)
    }

    private func highlightCode(_ code: String) -> String {
        var result = ""
        var word = ""
        var inString = false
        func flush() {
            if Self.keywords.contains(word) { result += style.keyword(word) } else if word.hasPrefix(":"), word.count > 1 { result += style.code(word) } else { result += word }
            word = ""
        }
        for character in code {
            if inString {
                word.append(character)
                if character == "\"" {
                    result += style.string(word)
                    word = ""
                    inString = false
                }
            } else if character == "\"" {
                flush()
                word = "\""
                inString = true
            } else if character.isLetter || character.isNumber || character == "_" || character == ":" || character == "?" || character == "!" {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        if inString { result += style.string(word) } else { flush() }
        return result
    }
}
