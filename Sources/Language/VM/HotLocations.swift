/// Where a process was each time its budget ran out and it was preempted: a cheap sampling
/// profile, so that a loop that never ends can be named by the place it spends its time
/// (`L.spin/1 at spin.exs:2`) rather than by wherever it happened to be stopped.
struct HotLocations {
    /// The most distinct places counted; later new places are not (a runaway loop has few).
    static let capacity = 64

    private struct Place: Hashable {
        let code: ObjectIdentifier
        let line: Int
    }

    private var counts: [Place: Int] = [:]
    private var functions: [ObjectIdentifier: FunctionCode] = [:]

    /// Counts one preemption at `line` of `code`.
    mutating func sample(_ code: FunctionCode, line: Int) {
        let place = Place(code: ObjectIdentifier(code), line: line)
        if counts[place] == nil {
            guard counts.count < HotLocations.capacity else { return }
            functions[place.code] = code
        }
        counts[place, default: 0] += 1
    }

    /// The place sampled most often, with how many of the samples it had.
    var hottest: (code: FunctionCode, line: Int, share: Double)? {
        guard let (place, count) = counts.max(by: { $0.value < $1.value }), let code = functions[place.code] else { return nil }
        return (code, place.line, Double(count) / Double(counts.values.reduce(0, +)))
    }
}
