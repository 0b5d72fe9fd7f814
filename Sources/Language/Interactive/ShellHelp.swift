/// iex's `h/1` typed as a whole input (`h(spawn)`, `h(spawn/1)`, `h(Process.sleep)`): the
/// documentation iex prints, for the functions the course teaches (`IExDocs`).
struct ShellHelp {
    /// The name as typed (`spawn`, `Process.sleep`).
    let name: String
    /// The arity after `/`, if one was given.
    let arity: Int?

    /// The help `tree` asks for, if it is `h` with a function name (and arity).
    init?(_ tree: SyntaxNode) {
        guard tree.callName == "h", let arguments = tree.arguments, arguments.count == 1 else { return nil }
        var target = arguments[0]
        var arity: Int?
        if target.callName == "/", let parts = target.arguments, parts.count == 2, case .integer(let number) = parts[1].kind {
            target = parts[0]
            arity = number
        }
        guard let name = ShellHelp.name(of: target) else { return nil }
        self.name = name
        self.arity = arity
    }

    /// `spawn` for a bare name, `Process.sleep` for a remote function without arguments.
    private static func name(of node: SyntaxNode) -> String? {
        if let variable = node.variableName { return variable }
        if let remote = node.remoteCallee, node.arguments?.isEmpty == true, let module = remote.receiver.aliasSegments {
            return module.joined(separator: ".") + "." + remote.name
        }
        if let call = node.callName, node.arguments?.isEmpty == true, node.remoteCallee == nil { return call }
        return nil
    }

    /// What iex prints: the documentation of every definition of the name, or of the one
    /// with the arity; else where to read it.
    var text: String {
        let qualified = name.contains(".") ? name : "Kernel." + name
        let shown = qualified + (arity.map { "/\($0)" } ?? "")
        guard let sections = IExDocs.sections[name] else {
            return "proctor has no documentation for \(shown); it has the functions the course teaches (h(spawn), h(Process.sleep), h(Task.async), h(Agent.get), ...). \(ShellHelp.link(qualified)) has it\n"
        }
        guard let arity else { return sections.map(\.text).joined() }
        guard let section = sections.first(where: { $0.arities.contains(arity) }) else {
            return "No documentation for \(shown) was found\n"
        }
        return arity == section.arities.upperBound ? section.text : ShellHelp.withoutSpec(section.text)
    }

    /// Elixir's online documentation of a module's page.
    private static func link(_ qualified: String) -> String {
        let module = qualified.split(separator: ".").dropLast().joined(separator: ".")
        return "https://hexdocs.pm/elixir/\(module).html"
    }

    /// A section as iex prints it for an arity below the highest (a default argument left
    /// out): without its `@spec` paragraph.
    static func withoutSpec(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("  @spec ") }) else { return text }
        let end = lines[start...].firstIndex(where: \.isEmpty) ?? lines.endIndex
        lines.removeSubrange(start..<min(end + 1, lines.endIndex))
        return lines.joined(separator: "\n")
    }
}
