import Synchronization

/// The field order of every struct a program has defined (`defstruct`), so `inspect` prints
/// `%Point{x: 1, y: 2}` as Elixir does. A later definition of the same module replaces the earlier one;
/// a struct only prints with a layout whose fields it has exactly, so a stale layout falls back to a map.
public enum StructLayouts {
    private static let table = Mutex<[Atom: [Atom]]>([:])

    /// Records `module`'s fields in definition order (`__exception__` left out).
    public static func register(_ module: Atom, fields: [Atom]) {
        table.withLock { $0[module] = fields }
    }

    /// The fields `module` was defined with, or nil.
    public static func fields(of module: Atom) -> [Atom]? {
        table.withLock { $0[module] }
    }
}
