import Terms

/// Maps, structs and binaries (string interpolation).
extension ExpressionCompiler {
    func compileMapLiteral(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        if compileUpdate(args, tail: tail) { return }
        let pairs = args.flatMap(pairList)
        compilePairs(pairs)
        builder.emit(.makeMap(Int32(pairs.count)))
        finish(tail)
    }

    /// `%{map | k: v}` (and `%Struct{s | k: v}`): compiles the update and returns true, or returns false.
    private func compileUpdate(_ args: [SyntaxNode], tail: Bool) -> Bool {
        guard args.count == 1, args[0].callName == "|", let parts = args[0].arguments, parts.count == 2 else { return false }
        compile(parts[0], tail: false)
        let pairs = pairList(parts[1])
        compilePairs(pairs)
        builder.emit(.updateMap(Int32(pairs.count)))
        finish(tail)
        return true
    }

    private func pairList(_ node: SyntaxNode) -> [(SyntaxNode, SyntaxNode)] {
        switch node.kind {
        case .pair(let key, let value): return [(key, value)]
        case .list(let items): return items.flatMap(pairList)
        default:
            compiler.report("expected key-value pairs in a map", at: node)
            return []
        }
    }

    private func compilePairs(_ pairs: [(SyntaxNode, SyntaxNode)]) {
        for (key, value) in pairs {
            compile(key, tail: false)
            compile(value, tail: false)
        }
    }

    func compileStructLiteral(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        guard args.count == 2, let module = moduleAtom(args[0]), let fieldArgs = args[1].arguments else {
            compiler.report("invalid struct", at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        guard let definition = compiler.structs.definition(of: module) else {
            compiler.report("\(inspectModule(module)).__struct__/1 is undefined, cannot expand struct \(inspectModule(module))", at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        if compileUpdate(fieldArgs, tail: tail) { return }
        let given = fieldArgs.flatMap(pairList)
        for (key, _) in given {
            if let name = key.atomName, !definition.fields.contains(where: { $0.key.name == name }) {
                compiler.report("unknown key :\(name) for struct \(inspectModule(module))", at: key)
            }
        }
        builder.emit(.pushConstant(builder.constant(.atom(Atom.structKey))))
        builder.emit(.pushConstant(builder.constant(.atom(module))))
        for field in definition.fields {
            builder.emit(.pushConstant(builder.constant(.atom(field.key))))
            if let override = given.first(where: { $0.0.atomName == field.key.name }) {
                compile(override.1, tail: false)
            } else {
                builder.emit(.pushConstant(builder.constant(field.value)))
            }
        }
        builder.emit(.makeMap(Int32(definition.fields.count + 1)))
        finish(tail)
    }

    private func inspectModule(_ module: Atom) -> String {
        let name = module.name
        return name.hasPrefix("Elixir.") ? String(name.dropFirst(7)) : ":" + name
    }

    func compileBinary(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        var bytes: [UInt8] = []
        if args.allSatisfy({ if case .integer(let v) = $0.kind { return (0...255).contains(v) } else { return false } }) {
            for arg in args { if case .integer(let v) = arg.kind { bytes.append(UInt8(v)) } }
            pushConstant(.binary(BinaryBox(bytes)), tail: tail)
            return
        }
        for (offset, arg) in args.enumerated() { compileBinarySegment(arg, position: offset + 1) }
        builder.emit(.concatStrings(Int32(args.count)))
        finish(tail)
    }

    /// Pushes one `<<>>` segment as a bitstring: strings as they are, anything else built by its spec.
    private func compileBinarySegment(_ arg: SyntaxNode, position: Int) {
        if case .string = arg.kind {
            compile(arg, tail: false)
            return
        }
        var value = arg
        var spec = BinarySegmentSpec()
        if arg.callName == "::", let parts = arg.arguments, parts.count == 2 {
            do throws(BinarySegmentSpec.Invalid) {
                spec = try BinarySegmentSpec(parts[1])
            } catch {
                compiler.report(error.message, at: arg)
                pushConstant(.nil, tail: false)
                return
            }
            value = parts[0]
        }
        compile(value, tail: false)
        pushConstant(spec.type.term, tail: false)
        if let size = spec.size { compile(size, tail: false) } else { pushConstant(.nil, tail: false) }
        pushConstant(.int(position), tail: false)
        emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("binary_segment"), arity: 4), tail: false)
    }
}
