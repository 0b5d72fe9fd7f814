import Foundation
import Runtime
import Terms

/// A message sequence chart of a run, drawn for the terminal from its trace: one lane per
/// process (its registered name or pid, and what it was spawned to run), one row per event
/// in time order, messages as arrows from sender to receiver, and on the right what each
/// row means (`:ping`, `receives :pong`, `exits :normal`, `prints "hi"`).
///
/// A message taken at once is drawn on one row (the arrow ends in `●`); one taken later
/// gets its own `●` row; one never taken says so. Lanes beyond what the width holds are
/// folded into one `others` lane, runs of like rows into one line.
public struct SequenceChart {
    /// The events, in order.
    public let events: [TraceEvent]
    /// Events left out between the recorder's head and tail (drawn as one line at `gapIndex`).
    public let omitted: Int
    /// Where the omitted events stood.
    public let gapIndex: Int?
    /// The columns the chart may use.
    public let width: Int
    /// Whether to colour arrows and marks (a terminal without `NO_COLOR`).
    public let colour: Bool

    /// A chart of `events` for a terminal `width` columns wide.
    public init(events: [TraceEvent], omitted: Int = 0, gapIndex: Int? = nil, width: Int = 80, colour: Bool = false) {
        self.events = events
        self.omitted = omitted
        self.gapIndex = gapIndex
        self.width = max(width, 40)
        self.colour = colour
    }

    /// A chart of what a recorder kept.
    public init(_ trace: TraceSnapshot, width: Int = 80, colour: Bool = false) {
        self.init(events: trace.events, omitted: trace.omitted, gapIndex: trace.gapIndex, width: width, colour: colour)
    }

    /// The chart's lines; with `lastRows`, only the last rows (a compact chart for a failure).
    public func lines(lastRows: Int? = nil, maxRows: Int = 400) -> [String] {
        let lanes = ChartLanes(events: events, width: width)
        var drawer = ChartRowDrawer(lanes: lanes, colour: colour)
        var rows = drawer.rows(for: events, gapIndex: gapIndex, omitted: omitted)
        rows = ChartFolding.foldRuns(rows) { [drawer] count in drawer.gapRow("… \(count) more like these") }
        if let lastRows, rows.count > lastRows {
            let cut = rows.count - lastRows
            rows = [drawer.gapRow("… \(cut) earlier \(cut == 1 ? "row" : "rows")")] + rows.suffix(lastRows)
        } else if rows.count > maxRows {
            let cut = rows.count - maxRows
            rows = Array(rows.prefix(maxRows / 2)) + [drawer.gapRow("… \(cut) more rows")] + rows.suffix(maxRows - maxRows / 2)
        }
        return lanes.headerLines() + rows.map(\.text) + SequenceChart.wrapped(ChartRowDrawer.legend, width: width)
    }

    /// The legend's items (separated by two spaces in `text`) packed into lines of at most `width` characters.
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for item in text.components(separatedBy: "  ") {
            if !line.isEmpty, line.count + 2 + item.count > width {
                lines.append(line)
                line = "       " + item
            } else {
                line += (line.isEmpty ? "" : "  ") + item
            }
        }
        return lines + [line]
    }

    /// The chart as one text, ending with a newline.
    public func render(lastRows: Int? = nil) -> String {
        lines(lastRows: lastRows).joined(separator: "\n") + "\n"
    }
}
