import Language

/// A compiler-style hint for a module the tests call but the learner's file does not define:
/// "your file defines `AgentCountr`; the tests call `AgentCounter`", with a did-you-mean
/// when a defined name is a few edits away.
public enum ModuleNameHint {
    /// The hint for `report`, graded from `source`; nil when no test failed for want of a module
    /// the file could have defined.
    public static func text(for report: GradeReport, source: String) -> String? {
        let missing = missingModules(in: report)
        guard !missing.isEmpty else { return nil }
        let defined = definedModules(in: source)
        guard !defined.isEmpty, let called = missing.first(where: { !defined.contains($0) }) else { return nil }
        let named = defined.map { "`\($0)`" }.joined(separator: ", ")
        let line = "your file defines \(named); the tests call `\(called)`."
        guard let close = EditDistance.closeTo(called, among: defined).min(by: { closer($0, $1, to: called) }) else {
            return line + " Name your module `\(called)` (`defmodule \(called) do`)."
        }
        return line + " Did you mean `\(called)`? Rename `defmodule \(close)` to `defmodule \(called)`."
    }

    /// The modules the tests found missing: the names in "module X is not available".
    static func missingModules(in report: GradeReport) -> [String] {
        var names: [String] = []
        for message in report.tests.compactMap(\.message) {
            var rest = Substring(message)
            while let start = rest.range(of: "module "), let end = rest[start.upperBound...].range(of: " is not available") {
                let name = String(rest[start.upperBound..<end.lowerBound])
                if isModuleName(name), !names.contains(name) { names.append(name) }
                rest = rest[end.upperBound...]
            }
        }
        return names
    }

    /// The modules `source` defines (nested ones with their full name), in source order; none when it does not parse.
    static func definedModules(in source: String) -> [String] {
        guard let tree = ElixirParser.parse(source).tree else { return [] }
        var names: [String] = []
        collect(tree, prefix: "", depth: 0, into: &names)
        return names
    }

    /// How deep the search for `defmodule` goes: modules sit near the top, and a deeply nested
    /// file must not exhaust the stack.
    private static let maximumDepth = 64

    private static func collect(_ node: SyntaxNode, prefix: String, depth: Int, into names: inout [String]) {
        guard depth < maximumDepth else { return }
        var inner = prefix
        if node.callName == "defmodule", let segments = node.arguments?.first?.aliasSegments {
            inner = (prefix.isEmpty ? "" : prefix + ".") + segments.joined(separator: ".")
            names.append(inner)
        }
        for child in children(of: node) { collect(child, prefix: inner, depth: depth + 1, into: &names) }
    }

    private static func children(of node: SyntaxNode) -> [SyntaxNode] {
        switch node.kind {
        case .call(.expression(let callee), let arguments): return [callee] + arguments
        case .call(.name, let arguments): return arguments
        case .list(let elements): return elements
        case .pair(let first, let second): return [first, second]
        default: return []
        }
    }

    private static func isModuleName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "." || $0 == "_" || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    private static func closer(_ a: String, _ b: String, to name: String) -> Bool {
        EditDistance.between(a, name) < EditDistance.between(b, name)
    }
}
