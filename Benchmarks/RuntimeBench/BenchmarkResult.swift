/// One row of the benchmark table.
struct BenchmarkResult {
    /// What was measured.
    let figure: String
    /// The measured value, formatted with its unit.
    let measured: String
    /// The measured value as a number where higher is better, to pick the best run.
    let score: Double
    /// The BEAM's figure on this machine, from the brief.
    let beam: String
    /// The acceptance target.
    let target: String
    /// Whether the measured value meets the target.
    let met: Bool

    /// The rows as an aligned text table.
    static func table(_ results: [BenchmarkResult]) -> String {
        let header = ["figure", "measured", "BEAM", "target", "met"]
        let rows = [header] + results.map { [$0.figure, $0.measured, $0.beam, $0.target, $0.met ? "yes" : "NO"] }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).map { cell, width in cell.padding(toLength: width, withPad: " ", startingAt: 0) }
                .joined(separator: " | ")
        }.joined(separator: "\n")
    }
}

/// Formats a rate as millions per second.
func millionsPerSecond(_ count: Int, nanoseconds: UInt64) -> Double {
    Double(count) / (Double(nanoseconds) / 1e9) / 1e6
}

/// Formats a number with a fixed count of decimals.
func formatted(_ value: Double, decimals: Int = 2) -> String {
    let scale = pow10(decimals)
    let rounded = (value * scale).rounded() / scale
    return "\(rounded)"
}

private func pow10(_ exponent: Int) -> Double {
    (0..<exponent).reduce(1.0) { product, _ in product * 10 }
}

/// Runs `measure` `runs` times and keeps, row by row, the run with the best score.
func bestOf(_ runs: Int, _ measure: () -> [BenchmarkResult]) -> [BenchmarkResult] {
    var best = measure()
    for _ in 1..<runs {
        let next = measure()
        best = zip(best, next).map { $0.score >= $1.score ? $0 : $1 }
    }
    return best
}
