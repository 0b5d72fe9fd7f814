import Terms

/// The shape of one receive clause's pattern, kept with the compiled code so that a process
/// stuck in a receive can be explained: which messages in its mailbox come close, and why
/// each does not match (`the tag differs: :replied, not :reply`).
indirect enum MessagePattern: Sendable {
    /// A variable or `_`: anything.
    case anything
    /// A literal: exactly this value.
    case value(Term)
    /// A tuple of these element patterns.
    case tuple([MessagePattern])
    /// A pinned variable (`^ref`): a value known only at run time.
    case pinned(String)
    /// A pattern not analysed further (lists, maps, binaries, guards).
    case other

    /// The shape of the pattern `node` (a clause's pattern, guard included).
    init(_ node: SyntaxNode) {
        switch node.kind {
        case .variable: self = .anything
        case .integer, .bigInteger, .float, .atom, .string: self = ConstantFolder.value(of: node).map(MessagePattern.value) ?? .other
        case .pair(let first, let second): self = .tuple([MessagePattern(first), MessagePattern(second)])
        case .call(.name("{}"), let elements): self = .tuple(elements.map(MessagePattern.init))
        case .call(.name("when"), let parts) where parts.count == 2: self = MessagePattern(parts[0])
        case .call(.name("^"), let pinned): self = pinned.first?.variableName.map(MessagePattern.pinned) ?? .other
        case .call(.name("="), let sides) where sides.count == 2: self = MessagePattern(sides[1])
        default: self = .other
        }
    }

    /// How close `message` comes (higher is closer), and why it does not match, in a learner's
    /// words; nil for the reason when its shape matches (a pin or a guard may still refuse it).
    func miss(_ message: Term) -> (closeness: Int, reason: String?) {
        switch self {
        case .anything, .other, .pinned:
            return (1, nil)
        case .value(let value):
            return message == value ? (1, nil) : (0, "it is \(message.inspect()), not \(value.inspect())")
        case .tuple(let elements):
            guard case .tuple(let box) = message else { return (0, "it is not a tuple") }
            guard box.elements.count == elements.count else {
                return (1, "it is a tuple of \(box.elements.count), where the receive wants \(elements.count) elements")
            }
            var closeness = 2
            var reason: String?
            for (index, (pattern, element)) in zip(elements, box.elements).enumerated() {
                let inner = pattern.miss(element)
                closeness += inner.closeness
                if reason == nil, let why = inner.reason {
                    reason = index == 0 && MessagePattern.isTag(pattern) ? "the tag differs: \(element.inspect()), not \(pattern.text)" : "element \(index + 1) differs: \(why)"
                }
            }
            return (closeness, reason)
        }
    }

    private static func isTag(_ pattern: MessagePattern) -> Bool {
        if case .value(.atom) = pattern { return true }
        return false
    }

    private var text: String {
        if case .value(let value) = self { return value.inspect() }
        return "_"
    }
}

/// A receive the compiled code can wait in: its line and its clauses (source text and shape).
struct ReceiveSite: Sendable {
    /// The line of `receive` (or of the assertion that receives).
    let line: Int
    /// Each clause's pattern as written, and its shape.
    let clauses: [(text: String, pattern: MessagePattern)]
}
