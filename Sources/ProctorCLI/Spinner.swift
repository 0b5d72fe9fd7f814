/// The line watch shows while a check runs: a spinner, what is checked and for how long.
struct Spinner {
    private static let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// `⠙ Checking 01-spawn/sleepy_process.exs… 1.2 s (q quits, n skips)`, drawn over the line it is on.
    static func line(file: String, elapsed: Double, style: TerminalStyle) -> String {
        let frame = frames[Int(elapsed * 10) % frames.count]
        let seconds = (elapsed * 10).rounded(.down) / 10
        return "\r\u{1B}[K\(frame) Checking \(file)… \(seconds) s " + style.dim("(q quits, n skips)")
    }
}
