/// `defmodule Inner` inside `defmodule Outer` defines `Outer.Inner`, and inside `Outer`
/// the short name `Inner` is an alias of it. The compiler sees every module at the top level.
enum NestedModules {
    /// The `defmodule` nodes of `items` with nested ones lifted out after their parent, full names given.
    static func flatten(_ items: [SyntaxNode]) -> [SyntaxNode] {
        items.filter { $0.callName == "defmodule" }.flatMap { lift($0, prefix: []) }
    }

    private static func lift(_ node: SyntaxNode, prefix: [String]) -> [SyntaxNode] {
        guard let args = node.arguments, args.count == 2, let segments = args[0].aliasSegments,
            let body = args[1].doBlock
        else { return [node] }
        let fullName = prefix + segments
        var kept: [SyntaxNode] = []
        var nested: [SyntaxNode] = []
        for item in body.blockItems {
            guard item.callName == "defmodule", let inner = item.arguments?.first, let innerSegments = inner.aliasSegments else {
                kept.append(item)
                continue
            }
            nested += lift(item, prefix: fullName)
            let target = aliases(fullName + innerSegments, at: item.position)
            let options: [(String, SyntaxNode, SourcePosition)] = [
                ("as", aliases([innerSegments[0]], at: item.position), item.position), ("warn", .atom("false", at: item.position), item.position),
            ]
            kept.append(.call("alias", [target, .keywordList(options, at: item.position)], at: item.position))
        }
        guard !nested.isEmpty || prefix.count > 0 else { return [node] }
        let blocks = SyntaxNode.keywordList([("do", .blockOf(kept, at: body.position), body.position)], at: args[1].position)
        return [.call("defmodule", [aliases(fullName, at: args[0].position), blocks], at: node.position)] + nested
    }

    private static func aliases(_ segments: [String], at position: SourcePosition) -> SyntaxNode {
        .call("__aliases__", segments.map { .atom($0, at: position) }, at: position)
    }
}
