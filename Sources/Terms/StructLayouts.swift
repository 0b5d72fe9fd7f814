import Synchronization

/// Field orders of the structs one program defines (`defstruct`, `defexception`), so
/// `inspect` prints them as `%Mod{a: 1, b: 2}` in definition order.
public final class StructLayouts: Sendable {
    private let layouts = Mutex([Atom: [Atom]]())

    /// The layouts of the program running now (set around a run with `$current.withValue`).
    @TaskLocal public static var current: StructLayouts?

    /// An empty table.
    public init() {}

    /// Records `module`'s fields in definition order (`__exception__` left out).
    public func register(_ module: Atom, fields: [Atom]) {
        layouts.withLock { $0[module] = fields.filter { $0.name != "__exception__" } }
    }

    /// The fields the running program gave `module`, or nil.
    public static func fields(of module: Atom) -> [Atom]? {
        current?.layouts.withLock { $0[module] }
    }
}
