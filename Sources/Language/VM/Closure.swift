import Synchronization
import Terms

/// A function value made by a `fn` literal or a capture: code plus the values it captured.
///
/// Immutable once made; its code is never changed after compilation, which is why it
/// can promise to be `Sendable`.
public final class Closure: FunctionValue, @unchecked Sendable {
    /// The anonymous function's code.
    public let code: FunctionCode
    /// The module version `code` belongs to, held so the code outlives a reload of its module.
    let module: ModuleCode
    /// The captured values, in the order of `code.captureSlots`.
    public let captured: [Term]
    /// A number unique to this closure, for `==` and term order.
    public let identity: UInt64

    private static let counter = Atomic<UInt64>(0)

    /// Makes a closure of `code` over `captured`.
    public init(code: FunctionCode, captured: [Term]) {
        self.code = code
        self.module = code.module
        self.captured = captured
        self.identity = code.external?.identity ?? Closure.nextIdentity()
    }

    /// A number no closure has had yet (an external function's number is taken from here once).
    static func nextIdentity() -> UInt64 { counter.add(1, ordering: .relaxed).newValue }

    /// How many arguments the function takes.
    public var arity: Int { code.arity }

    /// `#Function<N.0/arity in Module.function/arity>`, as Elixir prints a fun, or
    /// `&Mod.fun/arity` for a capture of a whole remote function.
    public var inspectText: String {
        if let external = code.external { return external.inspectText }
        let moduleName = code.module.name.name
        let shown = moduleName.hasPrefix("Elixir.") ? String(moduleName.dropFirst(7)) : ":" + moduleName
        return "#Function<\(identity % 1000).0/\(arity) in \(shown)>"
    }
}
