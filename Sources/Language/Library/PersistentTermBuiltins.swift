import Runtime
import Terms

/// Erlang's `:persistent_term`: terms stored under keys, read by every process.
enum PersistentTermBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var store = BuiltinModule("persistent_term")
        store.define("put", 2) { (args, context) throws(GuestError) -> Term in
            context.process.runtime.putPersistentTerm(args[1], forKey: args[0])
            return .ok
        }
        store.define("get", 1) { (args, context) throws(GuestError) -> Term in
            guard let value = context.process.runtime.persistentTerm(forKey: args[0]) else {
                throw ArgumentChecks.badArgument(1, "no persistent term stored with this key")
            }
            return value
        }
        store.define("get", 2) { (args, context) throws(GuestError) -> Term in
            context.process.runtime.persistentTerm(forKey: args[0]) ?? args[1]
        }
        store.define("get", 0) { (_, context) throws(GuestError) -> Term in
            let entries = context.process.runtime.persistentTermEntries
            context.chargeElements(entries.count)
            return .list(entries.map { .tuple($0.key, $0.value) })
        }
        store.define("erase", 1) { (args, context) throws(GuestError) -> Term in
            .bool(context.process.runtime.erasePersistentTerm(args[0]))
        }
        store.define("info", 0) { (_, context) throws(GuestError) -> Term in
            let count = context.process.runtime.persistentTermCount
            return Term.map(pairs: [(.atom("count"), .int(count)), (.atom("memory"), .int(count * 64))])
        }
        return store.builtins
    }
}
