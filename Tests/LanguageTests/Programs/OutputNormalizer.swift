/// Masks what changes from run to run in a program's output, with the same rules as the shared
/// conformance corpus's runner and `Fixtures/programs/normalize.py`.
enum OutputNormalizer {
    /// How ExUnit's output is compared.
    enum ExUnitBlocks {
        /// Only failure headers (`  1) test name (Module)`) and the summary line: the project's
        /// own ExUnit fixtures were recorded that way.
        case headersOnly
        /// Failure blocks whole, unnumbered and in test-name order, lines of dots dropped, as the
        /// conformance runner compares them (the conformance copy and the `exunitfull` programs).
        case whole
        /// Not an ExUnit program.
        case none
    }

    nonisolated(unsafe) static let masks: [(Regex<AnyRegexOutput>, String)] = [
        (try! Regex(#"#PID<\d+\.\d+\.\d+>"#), "#PID<X>"),
        (try! Regex(#"#Reference<[\d.]+>"#), "#Reference<X>"),
        (try! Regex(#"#Function<[^>]*>"#), "#Function<X>"),
    ]
    nonisolated(unsafe) static let timeStamp = try! Regex(#"^\d\d:\d\d:\d\d\.\d{3} "#)
    nonisolated(unsafe) static let stackFrame = try! Regex(#"^\s+(\([^)]*\) )?[\w./<>-]+:\d+(:\d+)?: "#)
    nonisolated(unsafe) static let noise = try! Regex(#"^(Finished in \d|Randomized with seed \d|\.+$)"#)
    nonisolated(unsafe) static let exUnitSummary = try! Regex(#"^(\d+ tests?, \d+ failures?|\s+\d+\) test .*)"#)
    nonisolated(unsafe) static let failureHead = try! Regex(#"^\s+\d+\) (test .*)"#)

    /// `text` with run-dependent parts masked; stack frames are dropped except those of `ownFile`.
    static func normalize(_ text: String, exUnit: ExUnitBlocks, ownFile: String? = nil) -> String {
        var lines: [String] = []
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw).replacing(timeStamp, with: "")
            for (pattern, mask) in masks { line = line.replacing(pattern, with: mask) }
            while line.last == " " || line.last == "\t" || line.last == "\r" { line.removeLast() }
            if line.isEmpty || line.prefixMatch(of: noise) != nil { continue }
            if line.prefixMatch(of: stackFrame) != nil && !isOwnFrame(line, ownFile) { continue }
            if exUnit == .headersOnly && line.prefixMatch(of: exUnitSummary) == nil { continue }
            lines.append(line)
        }
        if exUnit == .whole { lines = sortingFailureBlocks(lines) }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    private static func isOwnFrame(_ line: String, _ ownFile: String?) -> Bool {
        guard let ownFile else { return false }
        return line.drop(while: { $0 == " " }).hasPrefix(ownFile + ":")
    }

    /// ExUnit prints failures in a random order: numbered blocks become unnumbered and sorted by
    /// test name, after the lines before the first block and before the other lines after it.
    private static func sortingFailureBlocks(_ lines: [String]) -> [String] {
        var head: [String] = []
        var blocks: [[String]] = []
        var inFailure = false
        for line in lines {
            if let match = line.prefixMatch(of: failureHead), let name = match.output[1].substring {
                blocks.append([String(name)])
                inFailure = true
            } else if inFailure && line.hasPrefix("     ") {
                blocks[blocks.count - 1].append(line)
            } else {
                inFailure = false
                if blocks.isEmpty { head.append(line) } else { blocks.append([line]) }
            }
        }
        let failures = blocks.filter { $0[0].hasPrefix("test ") }.sorted { $0.lexicographicallyPrecedes($1) }
        let rest = blocks.filter { !$0[0].hasPrefix("test ") }
        return head + failures.flatMap { $0 } + rest.flatMap { $0 }
    }
}
