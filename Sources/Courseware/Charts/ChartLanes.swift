import Foundation
import Runtime
import Terms

/// The lanes of a sequence chart: which process gets which column, what its header says,
/// and where the notes column starts. Processes beyond what the width holds share one
/// `others` lane (the least busy ones).
struct ChartLanes {
    /// Columns of the time column at the left.
    static let timeWidth = 7
    /// The fewest columns the notes at the right get.
    static let notesMinimum = 30

    /// The lane of each process that has one of its own.
    private(set) var laneOf: [Pid: Int] = [:]
    /// Header text of each lane: name, then what it runs.
    private(set) var titles: [(name: String, runs: String)] = []
    /// Whether the last lane gathers the processes without a lane of their own.
    private(set) var hasOthers = false
    /// Columns per lane.
    let laneWidth: Int
    /// Where the notes column starts.
    let notesStart: Int
    /// The chart's width.
    let width: Int

    init(events: [TraceEvent], width: Int) {
        self.width = width
        var order: [Pid] = []
        var busy: [Pid: Int] = [:]
        var names: [Pid: String] = [:]
        var runs: [Pid: String] = [:]
        for event in events {
            for pid in [event.from, event.to].compactMap({ $0 }) {
                if busy[pid] == nil { order.append(pid) }
                busy[pid, default: 0] += 1
            }
            if event.kind == .register, let pid = event.from { names[pid] = event.text }
            if event.kind == .spawn, let child = event.to { runs[child] = ChartLanes.shortLabel(event.text) }
        }
        let room = width - ChartLanes.timeWidth - ChartLanes.notesMinimum
        let fitting = max(1, room / 9)
        var shown = order
        if order.count > fitting {
            let keep = Set(order.sorted { busy[$0, default: 0] > busy[$1, default: 0] }.prefix(fitting - 1))
            shown = order.filter(keep.contains)
            hasOthers = true
        }
        let laneCount = shown.count + (hasOthers ? 1 : 0)
        laneWidth = min(12, max(9, room / max(laneCount, 1)))
        notesStart = ChartLanes.timeWidth + laneCount * laneWidth + 1
        for (index, pid) in shown.enumerated() {
            laneOf[pid] = index
            let role = runs[pid].flatMap { ChartLanes.roles[$0] }
            let name = names[pid] ?? role ?? ChartLanes.shortPid(pid)
            let runsText = role != nil ? ChartLanes.shortPid(pid) : runs[pid] ?? (names[pid] == nil ? "" : ChartLanes.shortPid(pid))
            titles.append((name, runsText))
        }
        if hasOthers { titles.append(("others", "\(order.count - shown.count) processes")) }
    }

    /// The lane `pid` is drawn in (the `others` lane for one without its own), nil for none (the host, a timer).
    func lane(of pid: Pid?) -> Int? {
        guard let pid else { return nil }
        return laneOf[pid] ?? (hasOthers ? titles.count - 1 : nil)
    }

    /// The column of lane `index`'s line.
    func column(of index: Int) -> Int {
        ChartLanes.timeWidth + index * laneWidth + 1
    }

    /// How many lanes there are.
    var count: Int { titles.count }

    /// The two header lines: each lane's name, then what it runs.
    func headerLines() -> [String] {
        var names = [Character](repeating: " ", count: notesStart)
        var runs = names
        for (index, title) in titles.enumerated() {
            write(title.name, into: &names, at: column(of: index))
            write(title.runs, into: &runs, at: column(of: index))
        }
        let first = String(names).replacingFirst(count: 4, with: "time")
        return [trimmed(first), trimmed(String(runs))].filter { !$0.isEmpty }
    }

    private func write(_ text: String, into row: inout [Character], at start: Int) {
        for (offset, character) in text.prefix(laneWidth - 1).enumerated() where start + offset < row.count {
            row[start + offset] = character
        }
    }

    private func trimmed(_ text: String) -> String {
        String(text.reversed().drop { $0 == " " }.reversed())
    }

    /// Processes named for their part rather than their pid: the script's main process, a test's process.
    static let roles = ["the script": "main", "the test": "test"]

    /// `<0.97.0>` for `#PID<0.97.0>`: what fits in a lane.
    static func shortPid(_ pid: Pid) -> String {
        "<0.\(pid.serial).0>"
    }

    /// `fn in Pinger.start/0` for `anonymous fn/0 in Pinger.start/0`.
    static func shortLabel(_ label: String) -> String {
        guard label.hasPrefix("anonymous fn/"), let range = label.range(of: " in ") else { return label }
        let enclosing = label[range.upperBound...]
        return enclosing.hasPrefix(":elixir_compiler_") ? "fn in the script" : "fn in " + enclosing
    }
}

extension String {
    /// The string with its first `count` characters replaced by `replacement` (when they are blank).
    fileprivate func replacingFirst(count: Int, with replacement: String) -> String {
        guard self.prefix(count).allSatisfy({ $0 == " " }) else { return self }
        return replacement + self.dropFirst(count)
    }
}
