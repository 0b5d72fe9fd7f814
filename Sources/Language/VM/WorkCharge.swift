import Terms

/// Reductions for work that grows with the data, as the BEAM's built-in functions bump
/// reductions by the size of what they handle: a builtin walking a ten-million-element list
/// or copying a 200 MB binary costs what that work is worth, so a loop of such calls still
/// yields, meets its budget and its time limit instead of running on inside one slice.
enum WorkCharge {
    /// Bytes of binary handled per reduction.
    static let bytesPerReduction = 1024
    /// List, tuple or map elements handled per reduction.
    static let elementsPerReduction = 16

    /// Reductions for handling `count` elements.
    static func elements(_ count: Int) -> Int { count / elementsPerReduction }

    /// Reductions for the binaries among `terms` (a builtin's arguments or its result), by size.
    static func binaries(_ terms: some Sequence<Term>) -> Int {
        var bytes = 0
        for term in terms { if case .binary(let box) = term { bytes &+= box.byteCount } }
        return bytes / bytesPerReduction
    }
}
