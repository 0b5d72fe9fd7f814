/// How ExUnit's trace prints a test's duration in milliseconds: hundredths under a tenth of a
/// millisecond (`0.05`), tenths above (`12.2`), truncated as its formatter truncates.
enum TraceTime {
    /// The duration `nanoseconds` as the text before `ms`.
    static func milliseconds(nanoseconds: Int64) -> String {
        let tensOfMicroseconds = max(nanoseconds, 0) / 10_000
        if tensOfMicroseconds < 10 { return "0.0\(tensOfMicroseconds)" }
        let tenths = tensOfMicroseconds / 10
        return "\(tenths / 10).\(tenths % 10)"
    }
}
