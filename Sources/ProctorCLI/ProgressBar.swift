/// `[██████░░░░░░░░░░░░] 5/18`: how much of the course is done.
enum ProgressBar {
    /// A bar `width` cells wide for `done` of `total`; counts out of range (a database written
    /// for another course) are clamped, never a crash.
    static func render(done: Int, total: Int, width: Int = 20, style: TerminalStyle) -> String {
        let total = max(total, 0)
        let done = min(max(done, 0), total)
        let width = max(width, 0)
        let filled = total == 0 ? 0 : min((done * width + total / 2) / total, width)
        let bar = String(repeating: "█", count: filled) + style.dim(String(repeating: "░", count: width - filled))
        return "[\(bar)] \(done)/\(total)"
    }
}
