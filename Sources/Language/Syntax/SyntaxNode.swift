/// One node of a program's syntax tree, shaped like Elixir's quoted form (`Code.string_to_quoted/2`).
///
/// Literals stay literals; every other construct is a call `{callee, meta, arguments}`: operators,
/// special forms (`case`, `fn`, `def`, `receive`, ...) and do-blocks (a final keyword-list argument)
/// included, so `if x, do: y` and `if x do y end` give the same tree.
public struct SyntaxNode: Sendable, Hashable {
    /// What the node is.
    public var kind: Kind
    /// Where the node starts in the source.
    public var position: SourcePosition
    /// True for a call written without parentheses and arguments, such as `map.key` (Elixir's `no_parens: true`).
    public var noParentheses: Bool

    /// Creates a node.
    public init(_ kind: Kind, at position: SourcePosition, noParentheses: Bool = false) {
        self.kind = kind
        self.position = position
        self.noParentheses = noParentheses
    }

    /// The shapes a node can take.
    public indirect enum Kind: Sendable, Hashable {
        /// An integer that fits in 64 bits.
        case integer(Int)
        /// An integer that needs more than 64 bits, as written: decimal digits, or `0x`, `0o`, `0b` and digits.
        case bigInteger(String)
        /// A float.
        case float(Double)
        /// An atom, without the colon (`ok`, `Elixir.Kernel`, `+`, `true`, `nil`).
        case atom(String)
        /// A binary (string) with no interpolation.
        case string(String)
        /// A list literal; charlists are lists of integers, keyword lists are lists of pairs.
        case list([SyntaxNode])
        /// A two-element tuple, which quoted form keeps literal.
        case pair(SyntaxNode, SyntaxNode)
        /// A variable such as `x`, `_` or `__MODULE__` (quoted form `{name, meta, nil}`).
        case variable(String)
        /// A call `{callee, meta, arguments}`.
        case call(Callee, [SyntaxNode])
    }

    /// What a call calls: a name (local calls, operators, special forms) or an expression (`{:., ...}`).
    public indirect enum Callee: Sendable, Hashable {
        /// A plain name, as in `{:if, meta, args}` or `{:+, meta, args}`.
        case name(String)
        /// An expression, as in `{{:., meta, [Mod, :fun]}, meta, args}`.
        case expression(SyntaxNode)
    }
}

extension SyntaxNode {
    /// The callee's name when this is a call by name.
    public var callName: String? {
        guard case .call(.name(let name), _) = kind else { return nil }
        return name
    }

    /// The arguments when this is a call.
    public var arguments: [SyntaxNode]? {
        guard case .call(_, let arguments) = kind else { return nil }
        return arguments
    }

    /// Whether this is a number written out (`1`, `2.5`, `10000000000000000000000`).
    public var isNumberLiteral: Bool {
        switch kind {
        case .integer, .bigInteger, .float: return true
        default: return false
        }
    }

    /// The variable's name when this is a variable.
    public var variableName: String? {
        guard case .variable(let name) = kind else { return nil }
        return name
    }

    /// The atom's name when this is an atom.
    public var atomName: String? {
        guard case .atom(let name) = kind else { return nil }
        return name
    }

    /// The elements when this is a list literal.
    public var listElements: [SyntaxNode]? {
        guard case .list(let elements) = kind else { return nil }
        return elements
    }

    /// The `(key, value)` entries when this is a keyword list (such as a call's do-block list).
    public var keywordEntries: [(key: String, value: SyntaxNode)]? {
        guard case .list(let elements) = kind, !elements.isEmpty else { return nil }
        var entries: [(key: String, value: SyntaxNode)] = []
        for element in elements {
            guard case .pair(let key, let value) = element.kind, let name = key.atomName else { return nil }
            entries.append((name, value))
        }
        return entries
    }

    /// The receiver and function name when this is a remote call `receiver.name(args)`.
    public var remoteCallee: (receiver: SyntaxNode, name: String)? {
        guard case .call(.expression(let dot), _) = kind, dot.callName == ".",
            let parts = dot.arguments, parts.count == 2, let name = parts[1].atomName
        else { return nil }
        return (parts[0], name)
    }

    /// The alias segments when this is `{:__aliases__, meta, [:Foo, :Bar]}` made only of names.
    public var aliasSegments: [String]? {
        guard callName == "__aliases__", let parts = arguments else { return nil }
        let names = parts.compactMap(\.atomName)
        guard names.count == parts.count, !names.isEmpty else { return nil }
        return names.count > 1 && names[0] == "Elixir" ? Array(names.dropFirst()) : names
    }
}
