/// A unified-style diff of two texts that differ in one region, as the mutation report shows a mutant.
enum LineDiff {
    /// `@@ -A,B +C,D @@` then the changed lines (`-` old, `+` new) with up to `context` unchanged lines around them.
    static func unified(from old: String, to new: String, context: Int = 2) -> String {
        let before = old.split(separator: "\n", omittingEmptySubsequences: false)
        let after = new.split(separator: "\n", omittingEmptySubsequences: false)
        var prefix = 0
        while prefix < before.count, prefix < after.count, before[prefix] == after[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < before.count - prefix, suffix < after.count - prefix,
            before[before.count - 1 - suffix] == after[after.count - 1 - suffix]
        {
            suffix += 1
        }
        let start = max(prefix - context, 0)
        let oldEnd = min(before.count - suffix + context, before.count)
        let newEnd = min(after.count - suffix + context, after.count)
        var lines = ["@@ -\(start + 1),\(oldEnd - start) +\(start + 1),\(newEnd - start) @@"]
        lines += before[start..<prefix].map { " " + $0 }
        lines += before[prefix..<(before.count - suffix)].map { "-" + $0 }
        lines += after[prefix..<(after.count - suffix)].map { "+" + $0 }
        lines += before[(before.count - suffix)..<oldEnd].map { " " + $0 }
        return lines.joined(separator: "\n")
    }
}
