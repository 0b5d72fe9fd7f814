import Runtime
import Terms

/// Erlang's `:ets`: tables of tuples owned by a process, read and written by any process the
/// table lets in, each call one atomic step. The functions that run a match specification or
/// a function over the objects are `Elixir/ets.ex`.
enum TableBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var ets = BuiltinModule("ets")
        ets.define("new", 2) { (args, context) throws(GuestError) -> Term in try newTable(args[0], args[1], context: context).handle }
        defineReads(&ets)
        defineWrites(&ets)
        defineWalks(&ets)
        defineTableCalls(&ets)
        return ets.builtins
    }

    private static func defineReads(_ ets: inout BuiltinModule) {
        ets.define("lookup", 2) { (args, context) throws(GuestError) -> Term in
            let objects = try table(args[0], context).lookup(args[1])
            context.chargeElements(objects.count)
            return .list(objects)
        }
        ets.define("member", 2) { (args, context) throws(GuestError) -> Term in .bool(try table(args[0], context).contains(args[1])) }
        ets.define("lookup_element", 3) { (args, context) throws(GuestError) -> Term in
            let table = try table(args[0], context)
            let objects = table.lookup(args[1])
            guard !objects.isEmpty else { throw ArgumentChecks.badArgument(2, "not a key that exists in the table") }
            let position = try ArgumentChecks.integer(args[2], position: 3)
            let elements = try objects.map { (object) throws(GuestError) -> Term in
                guard case .tuple(let box) = object, position >= 1, position <= box.elements.count else {
                    throw ArgumentChecks.badArgument(3, "position is greater than the size of the object")
                }
                return box.elements[position - 1]
            }
            return table.kind == .set || table.kind == .orderedSet ? elements[0] : .list(elements)
        }
        ets.define("tab2list", 1) { (args, context) throws(GuestError) -> Term in
            let objects = try table(args[0], context).allObjects
            context.chargeElements(objects.count)
            return .list(objects)
        }
    }

    private static func defineWrites(_ ets: inout BuiltinModule) {
        ets.define("insert", 2) { (args, context) throws(GuestError) -> Term in
            let table = try table(args[0], context, writing: true)
            table.insert(try objects(args[1], for: table, context: context))
            return .true
        }
        ets.define("insert_new", 2) { (args, context) throws(GuestError) -> Term in
            let table = try table(args[0], context, writing: true)
            let inserted = try objects(args[1], for: table, context: context)
            guard !inserted.contains(where: { table.key(of: $0).map(table.contains) ?? false }) else { return .false }
            table.insert(inserted)
            return .true
        }
        ets.define("delete", 2) { (args, context) throws(GuestError) -> Term in
            try table(args[0], context, writing: true).remove(args[1])
            return .true
        }
        ets.define("delete_object", 2) { (args, context) throws(GuestError) -> Term in
            try table(args[0], context, writing: true).remove(object: args[1])
            return .true
        }
        ets.define("delete_all_objects", 1) { (args, context) throws(GuestError) -> Term in
            try table(args[0], context, writing: true).removeAll()
            return .true
        }
        ets.define("take", 2) { (args, context) throws(GuestError) -> Term in .list(try table(args[0], context, writing: true).remove(args[1])) }
        ets.define("update_counter", 3) { (args, context) throws(GuestError) -> Term in
            try TableCounters.update(try table(args[0], context, writing: true), key: args[1], operations: args[2], default: nil)
        }
        ets.define("update_counter", 4) { (args, context) throws(GuestError) -> Term in
            try TableCounters.update(try table(args[0], context, writing: true), key: args[1], operations: args[2], default: args[3])
        }
        ets.define("update_element", 3) { (args, context) throws(GuestError) -> Term in
            try TableCounters.updateElements(try table(args[0], context, writing: true), key: args[1], changes: args[2])
        }
    }

    private static func defineWalks(_ ets: inout BuiltinModule) {
        ets.define("first", 1) { (args, context) throws(GuestError) -> Term in try table(args[0], context).firstKey ?? endOfTable }
        ets.define("last", 1) { (args, context) throws(GuestError) -> Term in try table(args[0], context).lastKey ?? endOfTable }
        ets.define("next", 2) { (args, context) throws(GuestError) -> Term in
            guard let next = try table(args[0], context).key(after: args[1]) else {
                throw ArgumentChecks.badArgument(2, "not a key that exists in the table")
            }
            return next ?? endOfTable
        }
        ets.define("prev", 2) { (args, context) throws(GuestError) -> Term in
            guard let previous = try table(args[0], context).key(before: args[1]) else {
                throw ArgumentChecks.badArgument(2, "not a key that exists in the table")
            }
            return previous ?? endOfTable
        }
    }

    private static func defineTableCalls(_ ets: inout BuiltinModule) {
        ets.define("delete", 1) { (args, context) throws(GuestError) -> Term in
            context.process.runtime.deleteTable(try table(args[0], context, writing: true))
            return .true
        }
        ets.define("info", 1) { (args, context) throws(GuestError) -> Term in
            try checkHandle(args[0])
            return context.process.runtime.liveTable(args[0]).map(TableInfo.items) ?? .atom("undefined")
        }
        ets.define("info", 2) { (args, context) throws(GuestError) -> Term in
            try checkHandle(args[0])
            guard case .atom(let item) = args[1], TableInfo.itemNames.contains(item.name) else {
                throw ArgumentChecks.badArgument(2, "not a valid info item")
            }
            return context.process.runtime.liveTable(args[0]).map { TableInfo.item(item.name, of: $0) } ?? .atom("undefined")
        }
        ets.define("whereis", 1) { (args, context) throws(GuestError) -> Term in
            context.process.runtime.tableReference(named: try ArgumentChecks.atom(args[0])).map(Term.ref) ?? .atom("undefined")
        }
        ets.define("all", 0) { (_, context) throws(GuestError) -> Term in .list(context.process.runtime.allTables.map(\.handle)) }
        ets.define("rename", 2) { (args, context) throws(GuestError) -> Term in
            let table = try table(args[0], context, writing: true)
            let name = try ArgumentChecks.atom(args[1], position: 2)
            do { try context.process.runtime.rename(table, to: name) } catch { throw ArgumentChecks.badArgument(2, "table name already exists") }
            return table.handle
        }
        ets.define("give_away", 3) { (args, context) throws(GuestError) -> Term in
            let table = try table(args[0], context, writing: true)
            let pid = try ArgumentChecks.pid(args[1], position: 2)
            guard pid != context.process.pid else { throw ArgumentChecks.badArgument(2, "the process is already the owner of the table") }
            guard context.process.runtime.isAlive(pid) else { throw ArgumentChecks.badArgument(2, "the pid refers to a terminated process") }
            do { try context.process.runtime.giveAway(table, to: pid, data: args[2], from: context.process.pid) } catch {
                throw accessRefused
            }
            return .true
        }
    }

    private static let endOfTable = Term.atom("$end_of_table")
    private static let accessRefused = ArgumentChecks.badArgument(
        1, "the table identifier refers to an ETS table with insufficient access rights")

    /// The table `handle` names, which the calling process may read (or write), else ETS's error.
    static func table(_ handle: Term, _ context: BuiltinContext, writing: Bool = false) throws(GuestError) -> TermTable {
        try checkHandle(handle)
        do {
            return try context.process.runtime.table(handle, for: context.process.pid, writing: writing)
        } catch .insufficientAccess {
            throw accessRefused
        } catch {
            throw ArgumentChecks.badArgument(1, "the table identifier does not refer to an existing ETS table")
        }
    }

    private static func checkHandle(_ handle: Term) throws(GuestError) {
        switch handle {
        case .atom, .ref: return
        default: throw ArgumentChecks.badArgument(1, "not an atom or a table identifier")
        }
    }

    /// The objects `term` gives to insert (a tuple or a list of them), each with a key.
    private static func objects(_ term: Term, for table: TermTable, context: BuiltinContext) throws(GuestError) -> [Term] {
        let objects: [Term]
        if case .tuple(let box) = term {
            guard !box.elements.isEmpty else { throw ArgumentChecks.badArgument(2, "is an empty tuple") }
            objects = [term]
        } else if let elements = term.properListElements {
            guard elements.allSatisfy({ if case .tuple(let box) = $0 { !box.elements.isEmpty } else { false } }) else {
                throw ArgumentChecks.badArgument(2, "not a non-empty tuple or a list of non-empty tuples")
            }
            objects = elements
        } else {
            throw ArgumentChecks.badArgument(2, "not a tuple")
        }
        guard objects.allSatisfy({ table.key(of: $0) != nil }) else { throw .argument("argument error") }
        context.chargeElements(objects.count)
        return objects
    }

    /// Makes the table `:ets.new(name, options)` asks for.
    private static func newTable(_ name: Term, _ options: Term, context: BuiltinContext) throws(GuestError) -> TermTable {
        let name = try ArgumentChecks.atom(name)
        guard let list = options.properListElements else { throw ArgumentChecks.badArgument(2, "not a list") }
        guard let parsed = TableOptions(list) else { throw ArgumentChecks.badArgument(2, "invalid options") }
        do {
            return try context.process.runtime.newTable(
                name: name, isNamed: parsed.isNamed, kind: parsed.kind, keyPosition: parsed.keyPosition, access: parsed.access,
                heir: parsed.heir, owner: context.process.pid)
        } catch {
            throw ArgumentChecks.badArgument(1, "table name already exists")
        }
    }
}
