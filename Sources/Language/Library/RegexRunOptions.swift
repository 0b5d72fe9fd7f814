import Terms

/// The options of `:re.run/3` proctor reads: what to capture and how to return it, `:global`, `:offset`.
struct RegexRunOptions {
    /// Which groups to return.
    enum Capture {
        /// `:all`: every group up to the last one that matched (as PCRE reports them).
        case all
        /// `:all_but_first`: the same without the whole match.
        case allButFirst
        /// `:first`: the whole match.
        case first
        /// `:none`: nothing, the answer is `:match`.
        case none
        /// `:all_names` or an explicit list: these groups, matched or not.
        case groups([Int])
    }

    /// How each capture is returned.
    enum ReturnType {
        case binary, index, list
    }

    var capture = Capture.all
    var returnType = ReturnType.binary
    var global = false
    var offset = 0

    /// Reads `options` for `program` (group names resolve against it).
    init(_ options: Term, program: RegexProgram) throws(GuestError) {
        for element in try ArgumentChecks.list(options, position: 3) {
            switch element {
            case .atom(let atom) where atom.name == "global": global = true
            case .tuple(let tuple) where tuple.elements.first == .atom("offset"):
                offset = try ArgumentChecks.integer(tuple.elements.count == 2 ? tuple.elements[1] : .nil, position: 3)
            case .tuple(let tuple) where tuple.elements.first == .atom("capture") && (2...3).contains(tuple.elements.count):
                capture = try Self.capture(tuple.elements[1], program: program)
                if tuple.elements.count == 3 { returnType = try Self.returnType(tuple.elements[2]) }
            default:
                throw .argument("proctor's regular expressions do not support the :re.run option \(element.inspect())")
            }
        }
    }

    private static func capture(_ term: Term, program: RegexProgram) throws(GuestError) -> Capture {
        switch term {
        case .atom(let atom) where atom.name == "all": return .all
        case .atom(let atom) where atom.name == "all_but_first": return .allButFirst
        case .atom(let atom) where atom.name == "first": return .first
        case .atom(let atom) where atom.name == "none": return .none
        case .atom(let atom) where atom.name == "all_names":
            return .groups(program.names.sorted { $0.key < $1.key }.map(\.value))
        default:
            var groups: [Int] = []
            for element in try ArgumentChecks.list(term, position: 3) { groups.append(try group(element, program: program)) }
            return .groups(groups)
        }
    }

    private static func group(_ term: Term, program: RegexProgram) throws(GuestError) -> Int {
        let name: String
        switch term {
        case .int(let number) where number >= 0 && number <= program.groupCount: return number
        case .atom(let atom): name = atom.name
        case .binary(let box): name = String(decoding: box.bytes, as: UTF8.self)
        default:
            guard let text = try? CharlistBuiltins.charlistText(term) else {
                throw ArgumentChecks.badArgument(3, "not a valid capture specification")
            }
            name = text
        }
        guard let number = program.names[name] else { throw ArgumentChecks.badArgument(3, "not a valid capture specification") }
        return number
    }

    private static func returnType(_ term: Term) throws(GuestError) -> ReturnType {
        switch term {
        case .atom(let atom) where atom.name == "binary": return .binary
        case .atom(let atom) where atom.name == "index": return .index
        case .atom(let atom) where atom.name == "list": return .list
        default: throw ArgumentChecks.badArgument(3, "not a valid capture type")
        }
    }

    /// The captures of one match (its slots) as terms, per the capture option and return type.
    func captures(_ slots: [Int], subject: [UInt8]) -> [Term] {
        let groups: [Int]
        switch capture {
        case .none: return []
        case .first: groups = [0]
        case .all: groups = Array(0...lastSetGroup(slots))
        case .allButFirst:
            let last = lastSetGroup(slots)
            groups = last >= 1 ? Array(1...last) : []
        case .groups(let chosen): groups = chosen
        }
        return groups.map { term(group: $0, slots: slots, subject: subject) }
    }

    /// Whether the capture option asks for nothing (`on: :none` splits nowhere).
    var capturesNothing: Bool {
        if case .none = capture { return true }
        return false
    }

    /// The matched byte ranges of one match's chosen groups, as `(start, length)` (start -1 when unset).
    func ranges(_ slots: [Int]) -> [(start: Int, length: Int)] {
        captures(slots, subject: []).map { term in
            guard case .tuple(let pair) = term, case .int(let start) = pair.elements[0], case .int(let length) = pair.elements[1] else {
                return (-1, 0)
            }
            return (start, length)
        }
    }

    /// The highest group that matched (PCRE reports no groups after it).
    private func lastSetGroup(_ slots: [Int]) -> Int {
        var last = slots.count / 2 - 1
        while last > 0, slots[2 * last] < 0 { last -= 1 }
        return last
    }

    private func term(group: Int, slots: [Int], subject: [UInt8]) -> Term {
        let start = slots[2 * group], end = slots[2 * group + 1]
        let set = start >= 0 && end >= start
        switch returnType {
        case .index: return set ? .tuple(.int(start), .int(end - start)) : .tuple(.int(-1), .int(0))
        case .binary: return .binary(BinaryBox(set ? Array(subject[start..<end]) : []))
        case .list: return CharlistBuiltins.codepoints(String(decoding: set ? Array(subject[start..<end]) : [], as: UTF8.self))
        }
    }
}
