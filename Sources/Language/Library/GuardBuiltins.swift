import Runtime
import Terms

/// Guard functions that are builtins: `is_map_key/2`.
enum GuardBuiltins {
    /// The builtins this file defines.
    static var all: [Builtin] {
        var kernel = BuiltinModule("Elixir.Kernel")
        kernel.define("is_map_key", 2) { (args, _) throws(GuestError) -> Term in
            guard case .map(let box) = args[0] else { throw .badMap(args[0]) }
            return .bool(box.get(args[1]) != nil)
        }
        return kernel.builtins
    }
}
