#if canImport(Glibc)
import Glibc
#endif

/// ANSI styling that is on only for a terminal, and never when `NO_COLOR` is set.
struct TerminalStyle {
    let enabled: Bool

    /// Styling for standard output as it is now.
    static var forStandardOutput: TerminalStyle {
        TerminalStyle(enabled: isatty(STDOUT_FILENO) != 0 && getenv("NO_COLOR") == nil)
    }

    /// Styling for standard error as it is now.
    static var forStandardError: TerminalStyle {
        TerminalStyle(enabled: isatty(STDERR_FILENO) != 0 && getenv("NO_COLOR") == nil)
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func italic(_ text: String) -> String { wrap(text, "3") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func code(_ text: String) -> String { wrap(text, "36") }
    func keyword(_ text: String) -> String { wrap(text, "35") }
    func string(_ text: String) -> String { wrap(text, "32") }
    func heading(_ text: String) -> String { wrap(text, "1;4") }
    func pass(_ text: String) -> String { wrap(text, "32") }
    func fail(_ text: String) -> String { wrap(text, "31") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// The terminal's width in columns, 80 when unknown, at most 100 for reading comfort.
    static var width: Int {
        var size = winsize()
        guard isatty(STDOUT_FILENO) != 0, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 else { return 80 }
        return min(Int(size.ws_col), 100)
    }
}
