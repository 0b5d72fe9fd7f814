import Terms

/// Checks a function's bytecode against the opcode table's contracts (`Instruction.contract`):
/// every operand names something that exists, every target is an instruction of the function
/// (no placeholder left), and the operand stack is balanced on every path: never below zero,
/// the same depth wherever paths join, and exactly the values handed on when the frame is left.
public enum BytecodeVerifier {
    /// The first fault of `function`'s code, or nil when it keeps every contract.
    public static func fault(in function: FunctionCode) -> BytecodeFault? {
        if case .failure(let fault) = depths(of: function) { return fault }
        return nil
    }

    /// The operand stack depth before each instruction (nil for unreachable ones), or the first fault.
    public static func depths(of function: FunctionCode) -> Result<[Int?], BytecodeFault> {
        let instructions = function.instructions
        guard !instructions.isEmpty else { return .failure(BytecodeFault(function, at: 0, "has no instructions")) }
        for (index, instruction) in instructions.enumerated() {
            if let problem = operandProblem(instruction.contract.operands, in: function) {
                return .failure(BytecodeFault(function, at: index, problem))
            }
        }
        return stackDepths(of: function)
    }

    /// Follows every path from the first instruction, recording the depth each one starts at.
    private static func stackDepths(of function: FunctionCode) -> Result<[Int?], BytecodeFault> {
        let instructions = function.instructions
        var depths = [Int?](repeating: nil, count: instructions.count)
        depths[0] = 0
        var pending = [0]
        while let index = pending.popLast() {
            guard let depth = depths[index] else { continue }
            let successors: [(index: Int, depth: Int)]
            switch successorsOf(instructions[index].contract, at: index, depth: depth, count: instructions.count) {
            case .success(let next): successors = next
            case .failure(let problem): return .failure(BytecodeFault(function, at: index, problem))
            }
            for next in successors {
                if let known = depths[next.index] {
                    guard known == next.depth else {
                        let problem = "reaches \(next.index) with \(values(next.depth)) on the stack, but another path reaches it with \(known)"
                        return .failure(BytecodeFault(function, at: index, problem))
                    }
                    continue
                }
                depths[next.index] = next.depth
                pending.append(next.index)
            }
        }
        return .success(depths)
    }

    /// Where control may go after the instruction at `index` and the depth it arrives with.
    private static func successorsOf(_ contract: InstructionContract, at index: Int, depth: Int, count: Int) -> Result<[(index: Int, depth: Int)], BytecodeProblem> {
        guard depth >= contract.pops else {
            return .failure(BytecodeProblem("pops \(values(contract.pops)) but the stack holds \(depth)"))
        }
        let remaining = depth - contract.pops
        let jumps = contract.targets.map { (index: Int($0.index), depth: remaining + $0.pushed) }
        switch contract.flow {
        case .next:
            guard index + 1 < count else { return .failure(BytecodeProblem("runs past the end of the function")) }
            return .success([(index + 1, remaining + contract.pushes)] + jumps)
        case .jump:
            return .success(jumps)
        case .leave:
            guard remaining == 0 else {
                return .failure(BytecodeProblem("leaves the frame with \(values(remaining)) left on the stack below the \(contract.pops) it hands on"))
            }
            return .success([])
        case .raise:
            return .success([])
        }
    }

    /// What is wrong with an instruction's operands, if anything.
    private static func operandProblem(_ operands: [Operand], in function: FunctionCode) -> String? {
        for operand in operands {
            if let problem = problem(with: operand, in: function) { return problem }
        }
        return nil
    }

    private static func problem(with operand: Operand, in function: FunctionCode) -> String? {
        switch operand {
        case .slot(let slot):
            return (0..<function.localCount).contains(Int(slot)) ? nil : "local slot \(slot) is outside the frame's \(function.localCount) locals"
        case .optionalSlot(let slot):
            return slot == -1 ? nil : problem(with: .slot(slot), in: function)
        case .constant(let index):
            return function.constants.indices.contains(Int(index)) ? nil : "constant \(index) does not exist (\(function.constants.count) constants)"
        case .remoteName(let index, let arguments):
            guard function.remoteNames.indices.contains(Int(index)) else {
                return "remote name \(index) does not exist (\(function.remoteNames.count) remote names)"
            }
            return arityProblem(function.remoteNames[Int(index)].arity, arguments, "remote name \(index)")
        case .function(let index, let arguments):
            guard function.module.functions.indices.contains(Int(index)) else { return missingFunction(index, in: function) }
            return arityProblem(function.module.functions[Int(index)].arity, arguments, "function \(index)")
        case .closure(let index, let captures):
            guard function.module.functions.indices.contains(Int(index)) else { return missingFunction(index, in: function) }
            let expected = function.module.functions[Int(index)].captureSlots.count
            return expected == Int(captures) ? nil : "function \(index) captures \(values(expected)) but the closure is made of \(captures)"
        case .builtin(let index, let arguments):
            guard Builtins.table.indices.contains(Int(index)) else { return "builtin \(index) does not exist" }
            return arityProblem(Builtins.table[Int(index)].name.arity, arguments, "builtin \(index)")
        case .target(let target), .handler(let target):
            if target == Instruction.placeholder { return "jump target is a placeholder that was never patched" }
            return (0..<function.instructions.count).contains(Int(target)) ? nil : "jump target \(target) is outside the function's \(function.instructions.count) instructions"
        }
    }

    private static func arityProblem(_ arity: Int, _ arguments: Int32, _ what: String) -> String? {
        arity == Int(arguments) ? nil : "\(what) takes \(arity == 1 ? "1 argument" : "\(arity) arguments") but is called with \(arguments)"
    }

    /// `1 value`, `2 values`.
    private static func values(_ count: Int) -> String { count == 1 ? "1 value" : "\(count) values" }

    private static func missingFunction(_ index: Int32, in function: FunctionCode) -> String {
        "function \(index) does not exist (the module has \(function.module.functions.count))"
    }
}

/// A broken rule of the bytecode contract, before it is tied to a function and an instruction.
private struct BytecodeProblem: Error {
    let text: String
    init(_ text: String) { self.text = text }
}

extension BytecodeFault {
    fileprivate init(_ function: FunctionCode, at index: Int, _ problem: BytecodeProblem) {
        self.init(function, at: index, problem.text)
    }
}

/// Bytecode the verifier rejected: a bug in proctor's compiler, never in the learner's code.
public struct BytecodeFault: Error, Equatable, CustomStringConvertible {
    /// The function, as `Mod.fun/arity`.
    public let function: String
    /// The instruction at fault.
    public let index: Int
    /// The source line of that instruction.
    public let line: Int
    /// What is wrong.
    public let problem: String

    init(_ function: FunctionCode, at index: Int, _ problem: String) {
        self.function = "\(Term.atom(function.module.name).inspect()).\(function.name)/\(function.arity)"
        self.index = index
        self.line = function.line(at: index)
        self.problem = problem
    }

    /// `Mod.fun/1, instruction 12 (line 3): what is wrong`.
    public var description: String { "\(function), instruction \(index) (line \(line)): \(problem)" }
}

extension BytecodeFault {
    /// The fault as the compile error a learner sees: it says the bug is proctor's.
    var compileError: CompileError {
        CompileError(
            "internal compiler error: invalid bytecode in \(description)", line: line,
            hint: "this is a bug in proctor, not in your code; please report it with the file that caused it")
    }
}
