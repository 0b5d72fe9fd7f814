import Runtime
import Terms

/// One drawn row of a chart, with the shape its folding compares (kind, lanes, text without numbers).
struct ChartRow {
    let text: String
    let shape: String
}

/// Draws a chart's rows, one or two per event, keeping track of which lanes are alive.
struct ChartRowDrawer {
    /// The line that explains the marks.
    static let legend = "legend: ─▶ message  ● received  ■ exited  ✗ crashed  ┄ link/monitor  ◆ registered  ◷ after fired  ▪ printed"

    let lanes: ChartLanes
    let colour: Bool
    private var alive: Set<Int> = []
    private var lastTime: String?
    private var firstTime: Int64 = 0

    init(lanes: ChartLanes, colour: Bool) {
        self.lanes = lanes
        self.colour = colour
    }

    /// The rows for `events`, with a line for `omitted` events at `gapIndex`.
    mutating func rows(for events: [TraceEvent], gapIndex: Int?, omitted: Int) -> [ChartRow] {
        alive = Set(lanesAliveAtStart(events))
        firstTime = events.first?.time ?? 0
        let consumed = ChartMessages.receipts(in: events)
        var rows: [ChartRow] = []
        var index = 0
        while index < events.count {
            if index == gapIndex { rows.append(gapRow("… \(omitted) events not kept")) }
            let event = events[index]
            let next = index + 1 < events.count ? events[index + 1] : nil
            let takenAtOnce = event.kind == .send && consumed[index] == index + 1 && next.map { lanes.lane(of: $0.to) == lanes.lane(of: event.to) } == true
            if let row = row(for: event, received: consumed[index] != nil, takenAtOnce: takenAtOnce) { rows.append(row) }
            index += takenAtOnce ? 2 : 1
        }
        return rows
    }

    /// A row that only says something (`… 12 more rows`).
    func gapRow(_ text: String) -> ChartRow {
        var canvas = ChartCanvas(width: lanes.width)
        canvas.write(text, at: lanes.notesStart, style: .dim)
        return ChartRow(text: canvas.render(colour: colour), shape: "gap")
    }

    private func lanesAliveAtStart(_ events: [TraceEvent]) -> [Int] {
        let spawned = Set(events.filter { $0.kind == .spawn }.compactMap { lanes.lane(of: $0.to) })
        return (0..<lanes.count).filter { !spawned.contains($0) || lanes.titles[$0].name == "others" }
    }

    private mutating func row(for event: TraceEvent, received: Bool, takenAtOnce: Bool) -> ChartRow? {
        let from = lanes.lane(of: event.from)
        let to = lanes.lane(of: event.to)
        if event.kind == .spawn, let to { alive.insert(to) }
        var canvas = blankCanvas(time: event.time)
        let note: String
        switch event.kind {
        case .spawn:
            guard let to else { return nil }
            if let from, from != to { canvas.arrow(from: lanes.column(of: from), to: lanes.column(of: to), fill: "─", style: .plain) }
            canvas.put("┬", at: lanes.column(of: to), style: .plain)
            note = (event.from == nil ? "starts " : "spawns ") + ChartLanes.shortLabel(event.text)
        case .send:
            guard let to else { return nil }
            if let from, from != to {
                canvas.arrow(from: lanes.column(of: from), to: lanes.column(of: to), fill: "─", style: .message)
            } else if from == nil {
                canvas.put("◷", at: lanes.column(of: to) - 1, style: .message)
            }
            if takenAtOnce { canvas.put("●", at: lanes.column(of: to), style: .message) }
            note = (received ? "" : "never received: ") + (event.from == nil ? "timer: " : "") + event.text
            if !received { canvas.write(note, at: lanes.notesStart, style: .warning) }
        case .receive:
            guard let to else { return nil }
            canvas.put("●", at: lanes.column(of: to), style: .message)
            note = "receives " + event.text
        case .link, .unlink, .monitor:
            guard let from, let to, from != to else { return nil }
            canvas.arrow(from: lanes.column(of: from), to: lanes.column(of: to), fill: "┄", style: .dim, head: event.kind == .monitor)
            note = event.kind == .monitor ? "monitors" : event.kind.rawValue + "s"
        case .exit:
            guard let from else { return nil }
            let normal = event.text == ":normal" || event.text == ":shutdown"
            canvas.put(normal ? "■" : "✗", at: lanes.column(of: from), style: normal ? .dim : .failure)
            if lanes.titles[from].name != "others" { alive.remove(from) }
            note = "exits " + event.text
        case .register:
            guard let from else { return nil }
            canvas.put("◆", at: lanes.column(of: from), style: .plain)
            note = "registered as " + event.text
        case .timeout:
            guard let from else { return nil }
            canvas.put("◷", at: lanes.column(of: from), style: .message)
            note = "after fired"
        case .output:
            guard let from else { return nil }
            canvas.put("▪", at: lanes.column(of: from), style: .plain)
            note = "prints " + ChartRowDrawer.printed(event.text)
        }
        if !(event.kind == .send && !received) { canvas.write(note, at: lanes.notesStart, style: event.kind == .exit && !note.hasSuffix(":normal") ? .failure : .plain) }
        let shape = "\(event.kind.rawValue) \(from ?? -1) \(to ?? -1) " + note.filter { !$0.isNumber }
        return ChartRow(text: canvas.render(colour: colour), shape: shape)
    }

    private mutating func blankCanvas(time: Int64?) -> ChartCanvas {
        var canvas = ChartCanvas(width: lanes.width)
        if let time, ChartRowDrawer.timeText(time - firstTime) != lastTime {
            let text = ChartRowDrawer.timeText(time - firstTime)
            canvas.write(text, at: 0, style: .dim)
            lastTime = text
        }
        for lane in alive.sorted() { canvas.put("│", at: lanes.column(of: lane), style: .dim) }
        return canvas
    }

    /// `0ms`, `250ms`, `1.5s`: time since the first event.
    static func timeText(_ nanoseconds: Int64) -> String {
        let milliseconds = nanoseconds / 1_000_000
        if milliseconds < 10_000 { return "\(milliseconds)ms" }
        return "\(milliseconds / 1_000).\(milliseconds % 1_000 / 100)s"
    }

    /// A printed text on one line, quoted: `"hello"`, `"first line…"`.
    static func printed(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let first = lines.first.map(String.init) ?? ""
        let more = lines.count > 2 || (lines.count == 2 && !lines[1].isEmpty)
        return Term.string(first).inspect() + (more ? "…" : "")
    }
}
