import Terms

/// `proctor.or_left/1`: checks the left side of `or` so its BadBooleanError names `or`
/// (the VM's strict jump reports `and`).
enum BooleanBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("or_left", 1) { (args, _) throws(GuestError) -> Term in
            guard args[0] == .true || args[0] == .false else {
                throw .exception("BadBooleanError", [("term", args[0]), ("operator", .atom("or"))])
            }
            return args[0]
        }
        return helpers.builtins
    }
}
