/// One row of a chart being drawn: a character and a style per column, rendered with
/// ANSI colours or without.
struct ChartCanvas {
    /// How a cell is drawn.
    enum Style {
        case plain, dim, message, warning, failure

        var ansi: String {
            switch self {
            case .plain: return "\u{1B}[0m"
            case .dim: return "\u{1B}[2m"
            case .message: return "\u{1B}[36m"
            case .warning: return "\u{1B}[33m"
            case .failure: return "\u{1B}[31m"
            }
        }
    }

    private var cells: [Character]
    private var styles: [Style]

    init(width: Int) {
        cells = Array(repeating: " ", count: width)
        styles = Array(repeating: .plain, count: width)
    }

    /// Puts `character` at `column` (ignored past the edge).
    mutating func put(_ character: Character, at column: Int, style: Style) {
        guard column >= 0, column < cells.count else { return }
        cells[column] = character
        styles[column] = style
    }

    /// Writes `text` from `column` on, cut with `…` at the edge; control characters are shown as `?`.
    mutating func write(_ text: String, at column: Int, style: Style) {
        let room = cells.count - column
        guard room > 0 else { return }
        let characters = Array(text.map { $0.isNewline || ($0.asciiValue.map { $0 < 32 || $0 == 127 } ?? false) ? "?" : $0 })
        let shown = characters.count > room ? Array(characters.prefix(room - 1)) + ["…"] : characters
        for (offset, character) in shown.enumerated() { put(character, at: column + offset, style: style) }
    }

    /// An arrow on this row from the lane at column `from` to the one at `to`, with a head at `to` (when `head`).
    mutating func arrow(from: Int, to: Int, fill: Character, style: Style, head: Bool = true) {
        let step = to > from ? 1 : -1
        put(to > from ? "├" : "┤", at: from, style: style)
        var column = from + step
        while column != to {
            put(fill, at: column, style: style)
            column += step
        }
        if head { put(to > from ? "▶" : "◀", at: to - step, style: style) }
        put(to > from ? "┤" : "├", at: to, style: style)
    }

    /// The row as text, trailing blanks removed, with colours when `colour`.
    func render(colour: Bool) -> String {
        var end = cells.count
        while end > 0, cells[end - 1] == " " { end -= 1 }
        guard colour else { return String(cells[..<end]) }
        var text = ""
        var current = Style.plain
        for index in 0..<end {
            if styles[index] != current {
                text += styles[index].ansi
                current = styles[index]
            }
            text.append(cells[index])
        }
        return current == .plain ? text : text + Style.plain.ansi
    }
}
