import Language

/// A node of a tree together with the way to rebuild the whole tree with that node replaced.
struct SyntaxSite {
    /// The node.
    let node: SyntaxNode
    /// The node's parent, nil for the root.
    let parent: SyntaxNode?
    /// The whole tree with `node` replaced by the argument.
    let rebuild: (SyntaxNode) -> SyntaxNode

    /// Every node of `root`, parents before children, each with its rebuild function.
    static func all(in root: SyntaxNode) -> [SyntaxSite] {
        var sites: [SyntaxSite] = []
        collect(root, parent: nil, rebuild: { $0 }, into: &sites)
        return sites
    }

    private static func collect(_ node: SyntaxNode, parent: SyntaxNode?, rebuild: @escaping (SyntaxNode) -> SyntaxNode, into sites: inout [SyntaxSite]) {
        sites.append(SyntaxSite(node: node, parent: parent, rebuild: rebuild))
        for (index, child) in node.children.enumerated() {
            collect(child, parent: node, rebuild: { rebuild(node.replacingChild(at: index, with: $0)) }, into: &sites)
        }
    }
}

extension SyntaxNode {
    /// The nodes directly inside this one: a call's callee expression then its arguments, a list's elements, a pair's two.
    var children: [SyntaxNode] {
        switch kind {
        case .list(let elements): return elements
        case .pair(let first, let second): return [first, second]
        case .call(.expression(let callee), let arguments): return [callee] + arguments
        case .call(.name, let arguments): return arguments
        default: return []
        }
    }

    /// This node with its child at `index` (in the order of `children`) replaced.
    func replacingChild(at index: Int, with child: SyntaxNode) -> SyntaxNode {
        var copy = self
        switch kind {
        case .list(var elements):
            elements[index] = child
            copy.kind = .list(elements)
        case .pair(let first, let second):
            copy.kind = index == 0 ? .pair(child, second) : .pair(first, child)
        case .call(.expression(let callee), var arguments):
            if index == 0 {
                copy.kind = .call(.expression(child), arguments)
            } else {
                arguments[index - 1] = child
                copy.kind = .call(.expression(callee), arguments)
            }
        case .call(.name(let name), var arguments):
            arguments[index] = child
            copy.kind = .call(.name(name), arguments)
        default:
            return child
        }
        return copy
    }

    /// A node of `kind` at this node's position.
    func with(_ kind: Kind) -> SyntaxNode {
        SyntaxNode(kind, at: position)
    }

    /// A local call `name(arguments)` at this node's position.
    func calling(_ name: String, _ arguments: [SyntaxNode]) -> SyntaxNode {
        with(.call(.name(name), arguments))
    }

    /// True for a local call to `name` with `arity` arguments.
    func isLocalCall(_ name: String, arity: Int) -> Bool {
        callName == name && arguments?.count == arity
    }

    /// True for a remote call `Module.name(...)` with `arity` arguments, the module written as an alias.
    func isRemoteCall(_ module: String, _ name: String, arity: Int) -> Bool {
        guard let callee = remoteCallee, callee.name == name, arguments?.count == arity else { return false }
        return callee.receiver.aliasSegments == [module]
    }
}
