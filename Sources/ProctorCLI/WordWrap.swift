#if canImport(Glibc)
import Glibc
#endif

/// Wraps proctor's own prose (hints, what comes next, advice) at word boundaries, so no word
/// is cut at the terminal's edge; continuation lines keep the line's indentation.
enum WordWrap {
    /// The width to wrap at: `$COLUMNS` when set, else the terminal's width; nil (no wrapping)
    /// when output goes to a file or a pipe.
    static var width: Int? {
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return max(columns, 20) }
        var size = winsize()
        guard isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return max(Int(size.ws_col), 20)
    }

    /// `text` wrapped to the output's width (unchanged when there is none).
    static func forOutput(_ text: String) -> String {
        guard let width else { return text }
        return wrap(text, width: width)
    }

    /// Each line of `text` broken at spaces so that it fits `width` columns where its words allow
    /// (ANSI styling takes no columns; a word longer than the width stays whole).
    static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { wrapLine($0, width: width) }.joined(separator: "\n")
    }

    private static func wrapLine(_ line: Substring, width: Int) -> String {
        let indent = String(line.prefix { $0 == " " })
        let words = line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false)
        return pack(words, first: indent, continuation: indent, width: width)
    }

    /// `words` joined by single spaces into lines of at most `width` columns where they allow:
    /// the first line starts with `first`, the others with `continuation`. Styling takes no
    /// columns, an empty or styling-only word never starts a new line, and a word longer than
    /// the width stays whole.
    static func pack(_ words: [Substring], first: String, continuation: String, width: Int) -> String {
        var lines: [String] = []
        var current = first
        var columns = LessonRenderer.visibleLength(Substring(first))
        var atLineStart = true
        for word in words {
            let length = LessonRenderer.visibleLength(word)
            if !atLineStart, length > 0, columns + 1 + length > width {
                lines.append(current)
                current = continuation
                columns = continuation.count
                atLineStart = true
            }
            if !atLineStart {
                current += " "
                columns += 1
            }
            current += word
            columns += length
            atLineStart = false
        }
        lines.append(current)
        return lines.joined(separator: "\n")
    }
}
