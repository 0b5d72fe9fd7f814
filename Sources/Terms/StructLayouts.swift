import Synchronization

/// Field orders of the structs programs define (`defstruct`, `defexception`), so
/// `inspect` prints them as `%Mod{a: 1, b: 2}` in definition order.
public enum StructLayouts {
    private static let layouts = Mutex([Atom: [Atom]]())

    /// Records `module`'s fields in definition order (`__exception__` left out).
    public static func register(_ module: Atom, fields: [Atom]) {
        layouts.withLock { $0[module] = fields.filter { $0.name != "__exception__" } }
    }

    /// The fields a program gave `module`, or nil.
    public static func fields(of module: Atom) -> [Atom]? {
        layouts.withLock { $0[module] }
    }
}
