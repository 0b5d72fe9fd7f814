import Terms

/// The results of a shell's inputs, by prompt number, for `v/0` and `v/1`.
final class ShellHistory {
    private var results: [(counter: Int, value: Term)] = []

    /// Records the result of input `counter`.
    func record(_ value: Term, counter: Int) {
        results.append((counter, value))
    }

    /// The result of input `number`, or, for a negative number, of the input that many back
    /// (`-1`: the last); nil when there is none, as iex's `v(n) is out of bounds`.
    func value(_ number: Int) -> Term? {
        if number < 0 {
            let index = results.count + number
            return index >= 0 ? results[index].value : nil
        }
        return results.last { $0.counter == number }?.value
    }
}
