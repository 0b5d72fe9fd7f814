import Runtime

/// Which send each receive took, so a chart can mark messages taken at once and those never taken.
enum ChartMessages {
    /// For each send's index, the index of the receive that took its message (absent: never taken).
    /// Messages between one pair of processes are taken in the order sent unless a receive skips
    /// some; matching by receiver and text, oldest first, follows that order.
    static func receipts(in events: [TraceEvent]) -> [Int: Int] {
        var waiting: [String: [Int]] = [:]
        var receipts: [Int: Int] = [:]
        for (index, event) in events.enumerated() {
            guard let to = event.to else { continue }
            let key = "\(to.serial) \(event.text)"
            switch event.kind {
            case .send:
                waiting[key, default: []].append(index)
            case .receive:
                guard var sends = waiting[key], !sends.isEmpty else { continue }
                receipts[sends.removeFirst()] = index
                waiting[key] = sends
            default:
                continue
            }
        }
        return receipts
    }
}
