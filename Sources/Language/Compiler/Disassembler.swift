import Terms

/// Prints compiled code as text, one instruction per line with its index, source line,
/// operand stack depth and the constant or function it names (`proctor run --dump-bytecode`).
public enum Disassembler {
    /// Every function of `file`: its modules first, then the script's top level.
    public static func listing(of file: CompiledFile) -> String {
        (file.modules + [file.scriptModule]).map(listing(of:)).joined(separator: "\n")
    }

    /// Every function of `module`.
    public static func listing(of module: ModuleCode) -> String {
        module.functions.map { listing(of: $0) }.joined(separator: "\n")
    }

    /// One function: a header, then its instructions, each with the operand stack depth
    /// before it (`d -` where no path reaches it); a function the verifier rejects says why.
    public static func listing(of function: FunctionCode) -> String {
        let module = Term.atom(function.module.name).inspect()
        var lines = ["\(module).\(function.name)/\(function.arity)  (\(function.localCount) locals)"]
        let depths: [Int?]
        switch BytecodeVerifier.depths(of: function) {
        case .success(let known): depths = known
        case .failure(let fault):
            depths = []
            lines.append("  ; rejected by the verifier: \(fault)")
        }
        for (index, instruction) in function.instructions.enumerated() {
            let number = String(index).leftPadded(to: 4)
            let line = "L" + String(function.line(at: index)).leftPadded(to: 3)
            let depth = "d" + (depths.indices.contains(index) ? depths[index].map(String.init) ?? "-" : "?").leftPadded(to: 2)
            var text = "  \(number)  \(line)  \(depth)  \(instruction)"
            if let note = annotation(of: instruction, in: function) { text += "    ; " + note }
            lines.append(text)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func annotation(of instruction: Instruction, in function: FunctionCode) -> String? {
        switch instruction {
        case .pushConstant(let index), .returnConstant(let index), .arithmeticConstant(_, let index), .localArithmetic(_, _, let index), .testConstant(_, let index, _),
            .testBinaryPrefix(_, let index, _), .raiseNoMatch(_, let index):
            return function.constants.indices.contains(Int(index)) ? function.constants[Int(index)].inspect() : nil
        case .callRemote(let index, _), .tailCallRemote(let index, _):
            guard function.remoteNames.indices.contains(Int(index)) else { return nil }
            let name = function.remoteNames[Int(index)]
            return "\(Term.atom(name.module).inspect()).\(name.function.name)/\(name.arity)"
        case .callLocal(let index, _), .tailCallLocal(let index, _), .makeClosure(let index, _):
            let functions = function.module.functions
            return functions.indices.contains(Int(index)) ? "\(functions[Int(index)].name)/\(functions[Int(index)].arity)" : nil
        case .callBuiltin(let index, _), .send(let index, _):
            guard Builtins.table.indices.contains(Int(index)) else { return nil }
            let name = Builtins.table[Int(index)].name
            return "builtin \(Term.atom(name.module).inspect()).\(name.function.name)/\(name.arity)"
        default:
            return nil
        }
    }
}

extension String {
    /// The string with spaces in front up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
