import Synchronization
import Terms

/// A whole remote function a capture names: `&String.upcase/1` is the external function
/// `String.upcase/1`, shown by that name and equal to every other capture of it.
public struct ExternalFunction: Sendable {
    /// The function, under the name the BEAM gives it (`&length/1` is `:erlang.length/1`).
    public let name: RemoteName
    /// The identity every value of this function shares, for `==` and term order.
    public let identity: UInt64

    /// `&String.upcase/1`, `&:erlang."=<"/2`.
    public var inspectText: String {
        "&\(Term.atom(name.module).inspect()).\(AnonymousFunctionName.quoted(name.function.name))/\(name.arity)"
    }
}

/// Recognizes a capture of a whole function (`&Mod.fun/2`, `&Mod.fun(&1, &2)`, `&length/1`):
/// the anonymous function's parameters are exactly `&1...&n`, and its code passes them, in
/// order, to one remote or builtin call. A local function captured (`&helper/1`) stays a
/// local function, as on the BEAM.
enum ExternalCapture {
    private static let identities = Mutex<[RemoteName: UInt64]>([:])

    /// The external function `code` (compiled from a `fn` with `parameters`) is, if it is one.
    static func function(of code: FunctionCode, parameters: [SyntaxNode]) -> ExternalFunction? {
        guard parameters.enumerated().allSatisfy({ $0.element.variableName == "&\($0.offset + 1)" }),
            let called = calledName(code, arity: parameters.count)
        else { return nil }
        let name = ErlangRewrites.name(for: called)
        let identity = identities.withLock { known in
            if let identity = known[name] { return identity }
            let identity = Closure.nextIdentity()
            known[name] = identity
            return identity
        }
        return ExternalFunction(name: name, identity: identity)
    }

    /// The function `code` calls with its arguments unchanged, when that is all it does.
    private static func calledName(_ code: FunctionCode, arity: Int) -> RemoteName? {
        let instructions = code.instructions
        if arity == 2, instructions.count > 1, case .localsArithmetic(let operation, 0, 1) = instructions[0], case .returnValue = instructions[1] {
            return RemoteName(module: Atom("erlang"), function: Atom(operation.rawValue), arity: 2)
        }
        guard instructions.count > arity + 1 else { return nil }
        for index in 0..<arity {
            guard case .pushLocal(let slot) = instructions[index], slot == index else { return nil }
        }
        switch (instructions[arity], instructions[arity + 1]) {
        case (.tailCallRemote(let index, let count), _) where count == arity:
            return code.remoteNames[Int(index)]
        case (.callBuiltin(let index, let count), .returnValue) where count == arity, (.send(let index, let count), .returnValue) where count == arity:
            return Builtins.table[Int(index)].name
        default:
            return nil
        }
    }
}
