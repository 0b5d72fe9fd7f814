import Terms

/// Which functions an `import Module, only: ..., except: ...` brings in: `only: [name: arity]`,
/// `only: :functions`, `except: [name: arity]`, or everything when neither is given.
struct ImportFilter {
    private var only: Set<FunctionKey>?
    private var except: Set<FunctionKey> = []

    /// The filter of an `import` form's options (its second argument), everything when it has none.
    init(options: SyntaxNode?) {
        guard let options else { return }
        if let list = options.keywordValue("only") { only = Self.keys(list) }
        if let list = options.keywordValue("except") { except = Self.keys(list) ?? [] }
    }

    /// Whether `name/arity` is imported.
    func admits(_ name: String, arity: Int) -> Bool {
        let key = FunctionKey(name: Atom(name), arity: arity)
        if let only, !only.contains(key) { return false }
        return !except.contains(key)
    }

    /// The `name: arity` pairs of a keyword list; nil for `:functions` (all of them).
    private static func keys(_ node: SyntaxNode) -> Set<FunctionKey>? {
        guard let entries = node.keywordEntries else { return nil }
        var keys: Set<FunctionKey> = []
        for entry in entries {
            if case .integer(let arity) = entry.value.kind { keys.insert(FunctionKey(name: Atom(entry.key), arity: arity)) }
        }
        return keys
    }
}
