import Runtime
import Terms

/// What a builtin can reach: the calling process and its VM.
public struct BuiltinContext {
    /// The process that called the builtin.
    public let process: ProcessControlBlock
    /// The process's VM (to spawn guest code, reach the program).
    let machine: Machine

    /// Charges `reductions` more for this call's work (see `WorkCharge`).
    func charge(_ reductions: Int) { machine.chargedWork &+= reductions }

    /// Announces a large allocation of `bytes` (see `AllocationCheck`); throws when it would
    /// pass the memory limit.
    func reserve(bytes: Int) throws(GuestError) { try AllocationCheck.reserve(bytes, by: process) }

    /// Charges for walking `count` list, tuple or map elements.
    func chargeElements(_ count: Int) { charge(WorkCharge.elements(count)) }

    /// The elements of a proper list argument (else ArgumentError), charged for walking them.
    func walkedList(_ term: Term, position: Int = 1) throws(GuestError) -> [Term] {
        let elements = try ArgumentChecks.list(term, position: position)
        chargeElements(elements.count)
        return elements
    }
}

/// A builtin's arguments, indexed from zero.
public struct Arguments {
    let values: UnsafeBufferPointer<Term>

    init(_ values: UnsafeBufferPointer<Term>) { self.values = values }

    /// The argument at `index`.
    public subscript(index: Int) -> Term { values[index] }

    /// How many arguments there are.
    public var count: Int { values.count }
}

/// A function implemented in Swift, callable from guest code like any other.
public struct Builtin: Sendable {
    /// The module, name and arity it answers to.
    public let name: RemoteName
    /// What it does; it never suspends, and raises by throwing.
    public let body: @Sendable (Arguments, BuiltinContext) throws(GuestError) -> Term
}

/// The one registry of Swift builtins, `{module, name, arity} -> implementation`; the compiler
/// refers to them by index. Each group below defines the builtins of one module or topic (see
/// `Library/README.md`); a `{module, name, arity}` is defined once, here or in a library `.ex`
/// file, never both (`StandardLibraryTests`, `BuiltinsTests`).
public enum Builtins {
    /// The groups of builtins, each a file's `all`.
    private static let registry: [[Builtin]] = [
        KernelBuiltins.all, CodeEvaluationBuiltins.all, ProcessBuiltins.all, ProcessQueryBuiltins.all, CollectionBuiltins.all, StructBuiltins.all,
        StringBuiltins.all, StringSearchBuiltins.all, RegexBuiltins.all, StringPaddingBuiltins.all, StringConversionBuiltins.all,
        StringMetricsBuiltins.all, IntegerBuiltins.all, FloatBuiltins.all, MathBuiltins.all, CharlistBuiltins.all,
        ModuleNaming.all, SigilBuiltins.all, BitwiseBuiltins.all, BinarySegmentBuiltins.all, BitstringListBuiltins.all, SystemTimeBuiltins.all,
        IODataBuiltins.all, BooleanBuiltins.all, GuestAtoms.all, InternalBuiltins.all, ExceptionBuiltins.all,
        ModuleBuiltins.all, ExUnitBuiltins.all, CaptureBuiltins.all, OTPBuiltins.all, ProtocolBuiltins.all, InspectBuiltins.all,
        CalendarBuiltins.all, RandBuiltins.all, BaseBuiltins.all, CryptoBuiltins.all, MacroBuiltins.all,
        FloatTextBuiltins.all, QueueBuiltins.all, TableBuiltins.all, ListDifference.all, IOFormatBuiltins.all, PersistentTermBuiltins.all,
    ]

    /// Every builtin, in index order.
    public static let table: [Builtin] = registry.joined().map(StringClauseGuard.guarding)

    private static let indices: [RemoteName: Int32] = {
        var result: [RemoteName: Int32] = [:]
        for (index, builtin) in table.enumerated() { result[builtin.name] = Int32(index) }
        return result
    }()

    /// The index of the builtin answering to `name`, if any.
    public static func index(of name: RemoteName) -> Int32? { indices[name] }
}

/// Declares builtins of one module compactly.
struct BuiltinModule {
    let module: Atom
    private(set) var builtins: [Builtin] = []

    init(_ name: String) { self.module = Atom(name) }

    mutating func define(_ name: String, _ arity: Int, _ body: @escaping @Sendable (Arguments, BuiltinContext) throws(GuestError) -> Term) {
        let remote = RemoteName(module: module, function: Atom(name), arity: arity)
        builtins.append(Builtin(name: remote, body: body))
    }
}
