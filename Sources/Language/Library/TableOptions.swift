import Runtime
import Terms

/// The options list of `:ets.new/2`, read as ETS reads it: the first type given wins, and the
/// last access.
struct TableOptions {
    var kind = TermTable.Kind.set
    private var kindGiven = false
    var access = TermTable.Access.protected
    var isNamed = false
    var keyPosition = 1
    var heir: (pid: Pid, data: Term)?

    /// The options `list` gives, or nil when one is not an option of `:ets.new/2`.
    init?(_ list: [Term]) {
        for option in list {
            guard read(option) else { return nil }
        }
    }

    private mutating func read(_ option: Term) -> Bool {
        switch option {
        case .atom(let atom):
            return readFlag(atom.name)
        case .tuple(let box):
            return readPair(box.elements)
        default:
            return false
        }
    }

    private mutating func readFlag(_ name: String) -> Bool {
        if let kind = TermTable.Kind(rawValue: name) {
            if !kindGiven { self.kind = kind }
            kindGiven = true
        } else if let access = TermTable.Access(rawValue: name) {
            self.access = access
        } else if name == "named_table" {
            isNamed = true
        } else {
            return name == "compressed"
        }
        return true
    }

    private mutating func readPair(_ elements: [Term]) -> Bool {
        guard case .atom(let key) = elements.first else { return false }
        switch (key.name, elements.count) {
        case ("keypos", 2):
            guard case .int(let position) = elements[1], position >= 1 else { return false }
            keyPosition = position
        case ("heir", 2):
            guard elements[1] == .atom("none") else { return false }
            heir = nil
        case ("heir", 3):
            guard case .pid(let pid) = elements[1] else { return false }
            heir = (pid, elements[2])
        case ("read_concurrency", 2), ("decentralized_counters", 2):
            return elements[1] == .true || elements[1] == .false
        case ("write_concurrency", 2):
            return elements[1] == .true || elements[1] == .false || elements[1] == .atom("auto")
        default:
            return false
        }
        return true
    }
}
