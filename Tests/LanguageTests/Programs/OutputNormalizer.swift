/// Masks what changes from run to run in a program's output, with the same rules as
/// `../shared/conformance/run` and `Fixtures/programs/normalize.py`.
enum OutputNormalizer {
    nonisolated(unsafe) static let masks: [(Regex<AnyRegexOutput>, String)] = [
        (try! Regex(#"#PID<\d+\.\d+\.\d+>"#), "#PID<X>"),
        (try! Regex(#"#Reference<[\d.]+>"#), "#Reference<X>"),
        (try! Regex(#"#Function<[^>]*>"#), "#Function<X>"),
    ]
    nonisolated(unsafe) static let timeStamp = try! Regex(#"^\d\d:\d\d:\d\d\.\d{3} "#)
    nonisolated(unsafe) static let stackFrame = try! Regex(#"^\s+(\([^)]*\) )?[\w./<>-]+:\d+(:\d+)?: "#)
    nonisolated(unsafe) static let timing = try! Regex(#"^(Finished in \d|Randomized with seed \d)"#)
    nonisolated(unsafe) static let exUnitSummary = try! Regex(#"^(\d+ tests?, \d+ failures?|\s+\d+\) test .*)"#)

    static func normalize(_ text: String, exUnit: Bool) -> String {
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw).replacing(timeStamp, with: "")
            for (pattern, mask) in masks { line = line.replacing(pattern, with: mask) }
            while line.last == " " || line.last == "\t" || line.last == "\r" { line.removeLast() }
            if line.isEmpty || line.prefixMatch(of: stackFrame) != nil || line.prefixMatch(of: timing) != nil { continue }
            if exUnit && line.prefixMatch(of: exUnitSummary) == nil { continue }
            lines.append(line)
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
