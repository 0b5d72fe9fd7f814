import Language

/// Derives the mutants of an exercise's reference solution: every change of
/// `MutationOperators` at every node of its syntax tree, printed back to Elixir,
/// without duplicates and without changes that print as the solution itself.
public struct MutantGenerator {
    /// The solution's tree.
    public let solution: SyntaxNode
    /// The starter's tree, whose functions return the placeholders.
    public let starter: SyntaxNode?

    /// A generator for `exercise`; throws the solution's syntax error.
    public init(exercise: Exercise) throws(Diagnostic) {
        solution = try ElixirParser.parseOrThrow(exercise.solution)
        starter = ElixirParser.parse(exercise.starter).tree
    }

    /// The solution as the printer writes it: what every mutant is a change of.
    public var printedSolution: String { ElixirPrinter.source(of: solution) + "\n" }

    /// Every mutant, in the order of the solution's nodes.
    public func mutants() -> [Mutant] {
        let sites = SyntaxSite.all(in: solution)
        let tags = tagNodes(sites)
        let operators = MutationOperators(
            starterFunctions: starterFunctions(), tagNodes: tags, tagNames: Set(tags.compactMap(\.atomName)).sorted(),
            afterClauses: afterClauses(sites), patterns: patterns(sites))
        var seen: Set<String> = [printedSolution]
        var seenIds: Set<String> = []
        var mutants: [Mutant] = []
        for site in sites {
            for mutation in operators.mutations(at: site) {
                let source = ElixirPrinter.source(of: mutation.tree) + "\n"
                let mutant = Mutant(operation: mutation.operation, position: mutation.position, replacement: mutation.replacement, source: source)
                guard !seen.contains(source), !seenIds.contains(mutant.id) else { continue }
                seen.insert(source)
                seenIds.insert(mutant.id)
                mutants.append(mutant)
            }
        }
        return mutants
    }

    private func starterFunctions() -> [String: SyntaxNode] {
        guard let starter else { return [:] }
        var functions: [String: SyntaxNode] = [:]
        for site in SyntaxSite.all(in: starter) {
            if let key = MutationOperators.functionKey(site.node), functions[key] == nil { functions[key] = site.node }
        }
        return functions
    }

    private func keywordPairs(_ sites: [SyntaxSite]) -> Set<SyntaxNode> {
        Set(sites.flatMap { site -> [SyntaxNode] in
            guard site.node.keywordEntries != nil, let elements = site.node.listElements else { return [] }
            return elements
        })
    }

    /// The atoms that tag messages and results: elements of tuples (not keyword keys), the
    /// message of a `send`, the whole pattern of a clause (`:stop -> ...`).
    private func tagNodes(_ sites: [SyntaxSite]) -> Set<SyntaxNode> {
        let pairs = keywordPairs(sites)
        var tags: Set<SyntaxNode> = []
        for site in sites {
            if site.node.callName == "send", let message = site.node.arguments?.last, message.atomName != nil { tags.insert(message) }
            if site.node.callName == "->", let head = site.node.arguments?.first?.listElements, head.count == 1, head[0].atomName != nil {
                tags.insert(head[0])
            }
            guard site.node.atomName != nil, let parent = site.parent else { continue }
            if parent.callName == "{}" { tags.insert(site.node) }
            if case .pair(let key, _) = parent.kind, !(pairs.contains(parent) && key == site.node) { tags.insert(site.node) }
        }
        return tags
    }

    private func patterns(_ sites: [SyntaxSite]) -> Set<SyntaxNode> {
        Set(sites.flatMap { site -> [SyntaxNode] in
            let name = site.node.callName
            guard name == "def" || name == "defp" || name == "->" || name == "=", let head = site.node.arguments?.first else { return [] }
            return SyntaxSite.all(in: head).map(\.node)
        })
    }

    private func afterClauses(_ sites: [SyntaxSite]) -> Set<SyntaxNode> {
        Set(sites.flatMap { site -> [SyntaxNode] in
            guard site.node.isLocalCall("receive", arity: 1), let blocks = site.node.arguments?.first?.keywordEntries else { return [] }
            return blocks.first { $0.key == "after" }?.value.listElements ?? []
        })
    }
}
