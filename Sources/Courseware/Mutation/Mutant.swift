import Language

/// A program made from a reference solution by one mechanical change to its syntax tree.
public struct Mutant: Sendable {
    /// What kind of change (`drop-send`, `number`, `tag`, ...).
    public let operation: String
    /// Where the changed node starts in the solution (line 1 is the solution's first line).
    public let position: SourcePosition
    /// The new code, in short, for mutants that replace something with a value (`0`, `:infinity`, `:reply`).
    public let replacement: String?
    /// The mutated program.
    public let source: String

    /// The mutant's name, stable while the solution keeps its layout: `number at 4:18 -> 0`.
    public var id: String {
        let place = "\(operation) at \(position.line):\(position.column)"
        return replacement.map { place + " -> " + $0 } ?? place
    }
}

/// One change found in a tree, before it is printed: the node to replace, and with what.
struct Mutation {
    /// The kind of change.
    let operation: String
    /// The node's position in the original tree.
    let position: SourcePosition
    /// The short spelling of the new code, when the id needs it.
    let replacement: String?
    /// The whole tree after the change.
    let tree: SyntaxNode
}
