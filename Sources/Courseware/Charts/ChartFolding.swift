/// Folds long runs of like rows (the same kind of event between the same lanes, with the
/// same text but for numbers) into their first two rows, a count, and their last row.
enum ChartFolding {
    /// `rows` with every run longer than four folded; `foldLine` draws the line for a count.
    static func foldRuns(_ rows: [ChartRow], foldLine: (Int) -> ChartRow) -> [ChartRow] {
        var folded: [ChartRow] = []
        var start = 0
        while start < rows.count {
            var end = start + 1
            while end < rows.count, rows[end].shape == rows[start].shape, rows[start].shape != "gap" { end += 1 }
            let run = rows[start..<end]
            if run.count > 4 {
                folded += run.prefix(2)
                folded.append(foldLine(run.count - 3))
                folded.append(rows[end - 1])
            } else {
                folded += run
            }
            start = end
        }
        return folded
    }
}
