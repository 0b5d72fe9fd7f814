/// `defmodule Inner` inside a function of `Outer` defines `Outer.Inner` when the function runs,
/// as in Elixir: the module is compiled with the file, and the `defmodule` expression makes it
/// callable (and evaluates to `{:module, Outer.Inner, binary, last}`) when it is reached.
enum FunctionBodyModules {
    /// `modules` with every module written inside one of their functions lifted out after it, full name given.
    static func lift(_ modules: [SyntaxNode]) -> [SyntaxNode] {
        modules.flatMap { module -> [SyntaxNode] in
            guard let args = module.arguments, args.count == 2, let prefix = args[0].aliasSegments, let body = args[1].doBlock else {
                return [module]
            }
            let inner = body.blockItems.flatMap { item in item.callName == "defmodule" ? [] : found(in: item) }
            return [module] + lift(NestedModules.flatten(inner.map { renamed($0, prefix: prefix) }))
        }
    }

    /// The `defmodule` node with its name under `prefix` (`Inner` written in `Outer` is `Outer.Inner`).
    static func renamed(_ node: SyntaxNode, prefix: [String]) -> SyntaxNode {
        guard var args = node.arguments, args.count == 2, let segments = args[0].aliasSegments else { return node }
        args[0] = .call("__aliases__", (prefix + segments).map { .atom($0, at: args[0].position) }, at: args[0].position)
        return .call("defmodule", args, at: node.position)
    }

    /// The `defmodule` calls anywhere inside `node` (not inside those found).
    private static func found(in node: SyntaxNode) -> [SyntaxNode] {
        if node.callName == "defmodule" { return [node] }
        switch node.kind {
        case .call(.expression(let callee), let args): return found(in: callee) + args.flatMap(found(in:))
        case .call(.name, let args): return args.flatMap(found(in:))
        case .list(let elements): return elements.flatMap(found(in:))
        case .pair(let first, let second): return found(in: first) + found(in: second)
        default: return []
        }
    }
}
