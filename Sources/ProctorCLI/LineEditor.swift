#if canImport(Glibc)
import Glibc
#endif

/// A small line editor for the REPL on a terminal: cursor keys, history (up/down),
/// Ctrl-A/E (start/end), Ctrl-K/U (kill to end/start), Ctrl-W (kill word), Ctrl-L (clear the
/// screen, keeping the line), Ctrl-C (drop the line; twice on an empty line, leave), Ctrl-D (leave).
final class LineEditor {
    private(set) var history: History
    private var line: [Character] = []
    private var cursor = 0
    private var historyIndex = 0
    private var prompt = ""
    /// Whether the last key was a Ctrl-C at an empty line (a second one leaves).
    private var interruptedOnce = false

    /// Called every few milliseconds while no key is pressed; returns output to show above the line.
    private let whileIdle: () -> String

    init(history: History, whileIdle: @escaping () -> String = { "" }) {
        self.history = history
        self.whileIdle = whileIdle
    }

    /// Reads one line after showing `prompt`; nil at Ctrl-D on an empty line or at a second
    /// Ctrl-C in a row on an empty line (a Ctrl-C on a line being typed drops that line).
    func readLine(prompt: String) -> String? {
        self.prompt = prompt
        line = []
        cursor = 0
        historyIndex = history.entries.count
        let terminal = RawTerminal()
        defer { terminal.restore() }
        Terminal.write(prompt)
        while let byte = nextByte() {
            switch handle(byte) {
            case .continueEditing: redraw()
            case .submit:
                Terminal.write("\r\n")
                let text = String(line)
                history.add(text)
                return text
            case .leave:
                Terminal.write("\r\n")
                return nil
            }
        }
        return nil
    }

    /// The next key byte; while none comes, lets the session's background work run and shows
    /// what it printed above the line being edited, as iex does.
    private func nextByte() -> UInt8? {
        while !Terminal.waitForInput(milliseconds: 20) {
            let printed = whileIdle()
            guard !printed.isEmpty else { continue }
            Terminal.write("\r\u{1B}[K" + printed.replacingNewlines())
            redraw()
        }
        return Terminal.readByte()
    }

    private enum Action { case continueEditing, submit, leave }

    private func handle(_ byte: UInt8) -> Action {
        let secondInterrupt = interruptedOnce
        interruptedOnce = false
        switch byte {
        case 13, 10: return .submit
        case 3:
            if line.isEmpty, secondInterrupt { return .leave }
            interruptedOnce = line.isEmpty
            Terminal.write(line.isEmpty ? "\r\n(Ctrl-C again, or Ctrl-D, leaves the shell)\r\n" : "^C\r\n")
            line = []
            cursor = 0
        case 4:
            if line.isEmpty { return .leave }
            if cursor < line.count { line.remove(at: cursor) }
        case 127, 8:
            if cursor > 0 {
                cursor -= 1
                line.remove(at: cursor)
            }
        case 1: cursor = 0
        case 5: cursor = line.count
        case 2: cursor = max(0, cursor - 1)
        case 6: cursor = min(line.count, cursor + 1)
        case 11: line.removeSubrange(cursor...)
        case 21:
            line.removeSubrange(..<cursor)
            cursor = 0
        case 23: killWord()
        case 12: Terminal.write("\u{1B}[H\u{1B}[2J")
        case 16: recall(-1)
        case 14: recall(1)
        case 27: handleEscape()
        default:
            if byte >= 32 { insert(readCharacter(startingWith: byte)) }
        }
        return .continueEditing
    }

    private func handleEscape() {
        guard Terminal.readByte() == UInt8(ascii: "["), let code = Terminal.readByte() else { return }
        switch code {
        case UInt8(ascii: "A"): recall(-1)
        case UInt8(ascii: "B"): recall(1)
        case UInt8(ascii: "C"): cursor = min(line.count, cursor + 1)
        case UInt8(ascii: "D"): cursor = max(0, cursor - 1)
        case UInt8(ascii: "H"): cursor = 0
        case UInt8(ascii: "F"): cursor = line.count
        case UInt8(ascii: "3"):
            if Terminal.readByte() == UInt8(ascii: "~"), cursor < line.count { line.remove(at: cursor) }
        default: return
        }
    }

    private func killWord() {
        var start = cursor
        while start > 0, line[start - 1] == " " { start -= 1 }
        while start > 0, line[start - 1] != " " { start -= 1 }
        line.removeSubrange(start..<cursor)
        cursor = start
    }

    private func recall(_ step: Int) {
        let target = historyIndex + step
        guard target >= 0, target <= history.entries.count else { return }
        historyIndex = target
        line = target == history.entries.count ? [] : Array(history.entries[target])
        cursor = line.count
    }

    private func insert(_ character: Character) {
        line.insert(character, at: cursor)
        cursor += 1
    }

    /// Reads the rest of a UTF-8 sequence that starts with `first`.
    private func readCharacter(startingWith first: UInt8) -> Character {
        var bytes = [first]
        let extra = first >= 0xF0 ? 3 : first >= 0xE0 ? 2 : first >= 0xC0 ? 1 : 0
        for _ in 0..<extra {
            guard let next = Terminal.readByte() else { break }
            bytes.append(next)
        }
        return String(decoding: bytes, as: UTF8.self).first ?? " "
    }

    private func redraw() {
        let back = line.count - cursor
        Terminal.write("\r" + prompt + String(line) + "\u{1B}[K" + (back > 0 ? "\u{1B}[\(back)D" : ""))
    }
}

/// The terminal in raw mode (no echo, no line buffering, no signals) until `restore()`.
/// Switching waits for pending output but keeps pending input (`TCSADRAIN`), so what a learner
/// types while an input runs is read at the next prompt, as iex keeps it, not thrown away.
struct RawTerminal {
    private var original = termios()

    init() {
        tcgetattr(STDIN_FILENO, &original)
        var raw = original
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        tcsetattr(STDIN_FILENO, TCSADRAIN, &raw)
    }

    func restore() {
        var saved = original
        tcsetattr(STDIN_FILENO, TCSADRAIN, &saved)
    }
}

/// Byte-level terminal input and output.
enum Terminal {
    static func readByte() -> UInt8? {
        var byte: UInt8 = 0
        return read(STDIN_FILENO, &byte, 1) == 1 ? byte : nil
    }

    /// Whether a key arrives within `milliseconds`.
    static func waitForInput(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }

    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        _ = Glibc.write(STDOUT_FILENO, &bytes, bytes.count)
    }
}

extension String {
    /// The text with `\n` as `\r\n`, for a terminal in raw mode.
    func replacingNewlines() -> String {
        split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
    }
}
