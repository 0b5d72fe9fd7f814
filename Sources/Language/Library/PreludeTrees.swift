import Synchronization

/// The prelude's chunks parsed once per host process and shared by every program that
/// compiles them (a grader or the mutation check makes a fresh program per run, and parsing
/// the prelude was most of what each run cost).
enum PreludeTrees {
    private static let trees = Mutex<[Int: SyntaxNode]>([:])

    /// The tree of `Prelude.chunks[index]`, parsed the first time it is asked for; nil if it does not parse.
    static func tree(ofChunk index: Int) -> SyntaxNode? {
        if let tree = trees.withLock({ $0[index] }) { return tree }
        guard let tree = ElixirParser.parse(Prelude.chunks[index]).tree else { return nil }
        trees.withLock { $0[index] = tree }
        return tree
    }
}
