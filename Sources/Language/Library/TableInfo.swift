import Runtime
import Terms

/// What `:ets.info/1,2` says of a table, in OTP 25's order.
enum TableInfo {
    /// The items `:ets.info/2` answers.
    static let itemNames = Set(order)

    private static let order = [
        "id", "decentralized_counters", "read_concurrency", "write_concurrency", "compressed", "memory", "owner", "heir",
        "name", "size", "node", "named_table", "type", "keypos", "protection",
    ]

    /// The keyword list of `:ets.info/1`.
    static func items(_ table: TermTable) -> Term {
        .list(order.map { .tuple(.atom($0), item($0, of: table)) })
    }

    /// One item of `:ets.info/2`.
    static func item(_ name: String, of table: TermTable) -> Term {
        switch name {
        case "id": return .ref(table.id)
        case "memory": return .int(memoryWords(table))
        case "owner": return .pid(table.owner)
        case "heir": return table.heir.map { .pid($0.pid) } ?? .atom("none")
        case "name": return .atom(table.name)
        case "size": return .int(table.count)
        case "node": return .atom("nonode@nohost")
        case "named_table": return .bool(table.isNamed)
        case "type": return .atom(table.kind.rawValue)
        case "keypos": return .int(table.keyPosition)
        case "protection": return .atom(table.access.rawValue)
        default: return .false
        }
    }

    /// The table's size in machine words, as ETS reckons it for small objects: a fixed part
    /// and, per object, its tuple and the table's bookkeeping. An estimate for large terms.
    private static func memoryWords(_ table: TermTable) -> Int {
        table.allObjects.reduce(305) { words, object in
            guard case .tuple(let box) = object else { return words }
            return words + box.elements.count + 5
        }
    }
}
