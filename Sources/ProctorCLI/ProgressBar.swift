/// `[██████░░░░░░░░░░░░] 5/18`: how much of the course is done.
enum ProgressBar {
    /// A bar `width` cells wide for `done` of `total`.
    static func render(done: Int, total: Int, width: Int = 20, style: TerminalStyle) -> String {
        let filled = total == 0 ? 0 : (done * width + total / 2) / total
        let bar = String(repeating: "█", count: filled) + style.dim(String(repeating: "░", count: width - filled))
        return "[\(bar)] \(done)/\(total)"
    }
}
