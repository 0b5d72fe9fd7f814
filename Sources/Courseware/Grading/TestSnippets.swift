import Language
/// The source of each test in an exercise's tests block, found by its line.
struct TestSnippets {
    private let lines: [Substring]

    /// Snippets of `tests`, the text of the exercise's tests block.
    init(tests: String) {
        lines = tests.lineSlices
    }

    /// The body of the test whose `test "..." do` is on `line` (1-based), dedented; the
    /// one-line `test "...", do: expr` form gives `expr`.
    func body(ofTestAt line: Int) -> String {
        guard line >= 1, line <= lines.count else { return "" }
        let header = lines[line - 1]
        if let inline = header.range(of: ", do: ") { return String(header[inline.upperBound...]) }
        let indent = header.prefix { $0 == " " }.count
        var body: [Substring] = []
        for text in lines[line...] {
            let textIndent = text.prefix { $0 == " " }.count
            if textIndent == indent, text.dropFirst(indent) == "end" { break }
            if textIndent <= indent, !text.allSatisfy({ $0 == " " }) { break }
            body.append(text)
        }
        let bodyIndent = body.filter { !$0.allSatisfy { $0 == " " } }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return body.map { String($0.dropFirst(min(bodyIndent, $0.count))) }.joined(separator: "\n")
    }
}
