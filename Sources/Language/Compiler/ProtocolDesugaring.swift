/// `defprotocol`, `defimpl` and `@derive` as the plain modules they define, before anything else
/// is compiled. A protocol `P` becomes a module whose functions ask `:proctor.protocol_impl` for
/// the implementing module and call it; `defimpl P, for: T` becomes the module `P.T` (one per
/// type of `for: [A, B]`; a `defimpl` inside a module is for that module and is lifted out after
/// it); `@derive P` before a `defstruct` defines `P.S` as a module that marks the struct as using
/// `P.Any` (`Inspect.S` also calls it, as Elixir's derived `Inspect` does).
struct ProtocolDesugaring {
    let compiler: Compiler

    /// The top-level `items` with every protocol and implementation a `defmodule`.
    func expand(_ items: [SyntaxNode]) -> [SyntaxNode] {
        items.flatMap { item -> [SyntaxNode] in
            switch item.callName {
            case "defprotocol": return [protocolModule(item)]
            case "defimpl": return implementationModules(item, enclosing: nil, aliases: [:], lexical: [])
            case "defmodule": return moduleWithImplementations(item, prefix: [])
            default: return [item]
            }
        }
    }

    /// The module with its protocols turned into modules, followed by the implementations and
    /// derivations written inside it (and inside the modules nested in it), lifted out.
    private func moduleWithImplementations(_ node: SyntaxNode, prefix: [String]) -> [SyntaxNode] {
        guard let args = node.arguments, args.count == 2, let segments = args[0].aliasSegments,
            let body = args[1].doBlock
        else { return [node] }
        let name = prefix + segments
        var kept: [SyntaxNode] = []
        var lifted: [SyntaxNode] = []
        var aliases: [String: [String]] = [:]
        var lexical: [SyntaxNode] = []
        var derived: [SyntaxNode] = []
        for item in body.blockItems {
            switch item.callName {
            case "defprotocol":
                kept.append(protocolModule(item, prefix: name))
                recordNested(item, into: &aliases, module: name)
            case "defimpl": lifted += implementationModules(item, enclosing: name, aliases: aliases, lexical: lexical)
            case "defmodule":
                recordNested(item, into: &aliases, module: name)
                let expanded = moduleWithImplementations(item, prefix: name)
                kept.append(expanded[0])
                lifted += expanded.dropFirst()
            case "@" where item.arguments?.first?.callName == "derive":
                derived += item.arguments?.first?.arguments?.first.map(derivedProtocols) ?? []
            case "defstruct":
                lifted += derived.compactMap { derivation($0, structName: name, aliases: aliases) }
                derived = []
                kept.append(item)
            case "alias":
                record(alias: item, into: &aliases, module: name)
                lexical.append(item)
                kept.append(item)
            default: kept.append(item)
            }
        }
        let blocks = SyntaxNode.keywordList([("do", .blockOf(kept, at: body.position), body.position)], at: args[1].position)
        return [.call("defmodule", [args[0], blocks], at: node.position)] + lifted
    }

    // MARK: - defprotocol

    /// The protocol's module; `prefix` is the module it is written in (`defprotocol Sized` inside
    /// `Size` is `Size.Sized`).
    private func protocolModule(_ node: SyntaxNode, prefix: [String] = []) -> SyntaxNode {
        guard let args = node.arguments, args.count == 2, let segments = args[0].aliasSegments, let body = args[1].doBlock else {
            compiler.report("invalid defprotocol", at: node)
            return node
        }
        let position = node.position
        let protocolAtom = SyntaxNode.atom(atomName(prefix + segments), at: position)
        var fallback = false
        var heads: [(name: String, arity: Int, at: SyntaxNode)] = []
        for item in body.blockItems {
            if item.callName == "def", let head = item.arguments?.first, let name = head.callName, item.arguments?.count == 1 {
                heads.append((name, head.arguments?.count ?? 0, item))
            } else if item.callName == "@", let attribute = item.arguments?.first, attribute.callName == "fallback_to_any" {
                fallback = attribute.arguments?.first.flatMap(ConstantFolder.value(of:)) == .true
            } else if item.callName != "@" {
                compiler.report("\(item.callName ?? "this expression") inside defprotocol is not supported by proctor", at: item)
            }
        }
        let flag = SyntaxNode.atom(fallback ? "true" : "false", at: position)
        let functions = SyntaxNode(.list(heads.map { pair($0.name, .integer($0.arity), at: position) }), at: position)
        var definitions = [
            function("__protocol__", [.atom("functions", at: position)], functions, at: position),
            function("__protocol__", [.atom("module", at: position)], protocolAtom, at: position),
            function("impl_for", [variable("data", position)], helper("protocol_impl_for", [protocolAtom, variable("data", position), flag], position), at: position),
            function("impl_for!", [variable("data", position)], helper("protocol_impl", [protocolAtom, variable("data", position), flag], position), at: position),
        ]
        for head in heads where head.arity > 0 {
            let parameters = (1...head.arity).map { variable("argument\($0)", head.at.position) }
            let implementation = SyntaxNode.call("impl_for!", [parameters[0]], at: head.at.position)
            let call = SyntaxNode.call("apply", [implementation, .atom(head.name, at: position), SyntaxNode(.list(parameters), at: position)], at: head.at.position)
            definitions.append(function(head.name, parameters, call, at: head.at.position))
        }
        let attributes = body.blockItems.filter { $0.callName == "@" && $0.arguments?.first?.callName != "fallback_to_any" }
        return module(args[0], attributes + definitions, at: position)
    }

    // MARK: - defimpl

    private func implementationModules(
        _ node: SyntaxNode, enclosing: [String]?, aliases: [String: [String]], lexical: [SyntaxNode]
    ) -> [SyntaxNode] {
        guard let args = node.arguments, !args.isEmpty, let protocolName = resolve(args[0], aliases: aliases, module: enclosing),
            let body = args.last?.doBlock
        else {
            compiler.report("invalid defimpl", at: node)
            return []
        }
        var targets: [[String]] = []
        if let written = args.dropFirst().lazy.compactMap({ $0.keywordValue("for") }).first {
            let names: [SyntaxNode]
            if case .list(let elements) = written.kind { names = elements } else { names = [written] }
            for name in names {
                guard let target = resolve(name, aliases: aliases, module: enclosing) else {
                    compiler.report("defimpl needs a module or type after for:", at: name)
                    return []
                }
                targets.append(target)
            }
        } else if let enclosing {
            targets = [enclosing]
        } else {
            compiler.report("defimpl outside a module needs for: (defimpl \(protocolName.joined(separator: ".")), for: Type)", at: node)
            return []
        }
        return targets.map { target in
            let position = node.position
            let header = [
                attribute("protocol", .atom(atomName(protocolName), at: position), at: position),
                attribute("for", .atom(atomName(target), at: position), at: position),
                function("__impl__", [.atom("for", at: position)], .atom(atomName(target), at: position), at: position),
                function("__impl__", [.atom("protocol", at: position)], .atom(atomName(protocolName), at: position), at: position),
            ]
            return module(aliasNode(protocolName + target, position), lexical + header + body.blockItems, at: position)
        }
    }

    // MARK: - @derive

    /// The protocols of `@derive P` or `@derive [P, Q]`.
    private func derivedProtocols(_ value: SyntaxNode) -> [SyntaxNode] {
        if case .list(let elements) = value.kind { return elements }
        return [value]
    }

    /// The module `P.S` saying struct `S` uses `P.Any`.
    private func derivation(_ written: SyntaxNode, structName: [String], aliases: [String: [String]]) -> SyntaxNode? {
        if case .pair(let protocolNode, let options) = written.kind,
            resolve(protocolNode, aliases: aliases, module: structName) == ["Inspect"]
        {
            return inspectDerivation(options, structName: structName, at: written.position)
        }
        guard let protocolName = resolve(written, aliases: aliases, module: structName) else {
            compiler.report("@derive with options is not supported by proctor", at: written)
            return nil
        }
        let position = written.position
        let anyModule = SyntaxNode.atom(atomName(protocolName + ["Any"]), at: position)
        var functions = [
            function("__impl__", [.atom("for", at: position)], .atom(atomName(structName), at: position), at: position),
            function("__impl__", [.atom("protocol", at: position)], .atom(atomName(protocolName), at: position), at: position),
            function("__derived__", [], anyModule, at: position),
        ]
        if protocolName == ["Inspect"] {
            let parameters = [variable("struct", position), variable("opts", position)]
            functions.append(function("inspect", parameters, .remoteCall(anyModule, "inspect", parameters, at: position), at: position))
        }
        return module(aliasNode(protocolName + structName, position), functions, at: position)
    }

    /// `@derive {Inspect, only: [...]}` or `except: [...]`: an implementation that shows the chosen
    /// fields (`Inspect.Any.inspect_fields/4`).
    private func inspectDerivation(_ options: SyntaxNode, structName: [String], at position: SourcePosition) -> SyntaxNode {
        let only = options.keywordValue("only") ?? .atom("nil", at: position)
        let except = options.keywordValue("except") ?? SyntaxNode(.list([]), at: position)
        let parameters = [variable("struct", position), variable("opts", position)]
        let arguments = [parameters[0], only, except, parameters[1]]
        let anyModule = SyntaxNode.atom(atomName(["Inspect", "Any"]), at: position)
        let functions = [
            function("__impl__", [.atom("for", at: position)], .atom(atomName(structName), at: position), at: position),
            function("__impl__", [.atom("protocol", at: position)], .atom(atomName(["Inspect"]), at: position), at: position),
            function("inspect", parameters, .remoteCall(anyModule, "inspect_fields", arguments, at: position), at: position),
        ]
        return module(aliasNode(["Inspect"] + structName, position), functions, at: position)
    }

    // MARK: - Names

    /// The alias segments `node` names: `Foo.Bar` with the module's aliases applied, `__MODULE__`.
    private func resolve(_ node: SyntaxNode, aliases: [String: [String]], module: [String]?) -> [String]? {
        if node.callName == "__MODULE__" || node.variableName == "__MODULE__" { return module }
        guard let segments = node.aliasSegments, let first = segments.first else { return nil }
        if let expanded = aliases[first] { return expanded + segments.dropFirst() }
        return segments
    }

    /// Records `alias A.B` / `alias A.B, as: C` / `alias __MODULE__` for resolving names later.
    private func record(alias node: SyntaxNode, into aliases: inout [String: [String]], module: [String]) {
        guard let args = node.arguments, let target = args.first, let segments = resolve(target, aliases: aliases, module: module),
            let last = segments.last
        else { return }
        let short = args.count > 1 ? args[1].keywordValue("as")?.aliasSegments?.joined(separator: ".") ?? last : last
        aliases[short] = segments
    }

    /// A module or protocol nested in `module` is known inside it by its first segment, as
    /// Elixir aliases it (`Sized` for `Size.Sized`).
    private func recordNested(_ node: SyntaxNode, into aliases: inout [String: [String]], module: [String]) {
        guard let segments = node.arguments?.first?.aliasSegments, let first = segments.first else { return }
        aliases[first] = module + [first]
    }

    private func atomName(_ segments: [String]) -> String { "Elixir." + segments.joined(separator: ".") }

    // MARK: - Syntax

    private func aliasNode(_ segments: [String], _ position: SourcePosition) -> SyntaxNode {
        .call("__aliases__", segments.map { .atom($0, at: position) }, at: position)
    }

    private func module(_ name: SyntaxNode, _ items: [SyntaxNode], at position: SourcePosition) -> SyntaxNode {
        .call("defmodule", [name, .keywordList([("do", .blockOf(items, at: position), position)], at: position)], at: position)
    }

    private func function(_ name: String, _ parameters: [SyntaxNode], _ body: SyntaxNode, at position: SourcePosition) -> SyntaxNode {
        let head = SyntaxNode.call(name, parameters, at: position)
        return .call("def", [head, .keywordList([("do", body, position)], at: position)], at: position)
    }

    private func attribute(_ name: String, _ value: SyntaxNode, at position: SourcePosition) -> SyntaxNode {
        .call("@", [.call(name, [value], at: position)], at: position)
    }

    private func helper(_ name: String, _ arguments: [SyntaxNode], _ position: SourcePosition) -> SyntaxNode {
        .remoteCall(.atom("proctor", at: position), name, arguments, at: position)
    }

    private func variable(_ name: String, _ position: SourcePosition) -> SyntaxNode {
        SyntaxNode(.variable(name), at: position)
    }

    private func pair(_ key: String, _ value: SyntaxNode.Kind, at position: SourcePosition) -> SyntaxNode {
        SyntaxNode(.pair(.atom(key, at: position), SyntaxNode(value, at: position)), at: position)
    }
}
