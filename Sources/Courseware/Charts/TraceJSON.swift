import Runtime
import Terms

/// A trace as JSON for other tools to draw: each event with its time in milliseconds, its kind,
/// the pids at both ends (`#PID<0.97.0>`, absent for the host or a timer) and its text.
struct TraceJSON: Encodable {
    let trace: TraceSnapshot

    private struct Event: Encodable {
        let event: TraceEvent

        enum Keys: String, CodingKey {
            case timeMilliseconds = "time_ms"
            case kind, from, to, text
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(Double(event.time) / 1e6, forKey: .timeMilliseconds)
            try container.encode(event.kind.rawValue, forKey: .kind)
            try container.encodeIfPresent(event.from?.inspectText, forKey: .from)
            try container.encodeIfPresent(event.to?.inspectText, forKey: .to)
            if !event.text.isEmpty { try container.encode(event.text, forKey: .text) }
        }
    }

    enum Keys: String, CodingKey { case events, omitted }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(trace.events.map(Event.init), forKey: .events)
        try container.encode(trace.omitted, forKey: .omitted)
    }
}
