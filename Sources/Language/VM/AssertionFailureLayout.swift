import Terms

/// An `ExUnit.AssertionError` laid out as ExUnit 1.14's formatter prints it without colours (so
/// without a diff): the message, `code:`, then `left:`/`right:` pretty-printed to fit 80 columns
/// under their labels, or for a receive assertion the `mailbox:` with each message's `pattern:`
/// and `value:`.
struct AssertionFailureLayout {
    /// The failure, its lines printed with their margin.
    let failure: TestFailure

    private static let width = 80
    private static let mailboxMargin = "       "

    /// The layout of the assertion error whose fields are `fields`; `sourceLine` is the test's line
    /// that failed, shown as `code:` when the error carries no code (`flunk`, `assert_raise`).
    init(_ fields: MapBox, sourceLine: String?) {
        let noValue = ExUnitBuiltins.noValue
        func field(_ name: String) -> Term { fields.get(.atom(name)) ?? noValue }
        let left = field("left")
        let right = field("right")
        let labelWidth = right == noValue ? 6 : 7
        let padding = labelWidth + TestFailure.margin.count
        let message = (try? field("message").toDisplayString().get()) ?? ""
        var lines = message.split(separator: "\n", omittingEmptySubsequences: false).map { TestFailure.margin + $0 }
        var asserted: String?
        if case .binary = field("expr") { asserted = try? field("expr").toDisplayString().get() }
        if let code = asserted ?? sourceLine {
            lines += Self.labelled("code:", labelWidth, Self.padded(code, padding))
        }
        var leftText: String?
        var rightText: String?
        switch field("context") {
        case .tuple(let context) where context.elements.count == 3 && context.elements[0] == .atom("mailbox"):
            let pattern = (try? left.toDisplayString().get()) ?? ""
            lines += Self.mailbox(pattern: pattern, messages: context.elements[2].properListElements ?? [], padding: padding)
        case .atom(let context) where context.name == "match":
            leftText = try? left.toDisplayString().get()
            rightText = right.inspect()
            lines += Self.labelled("left:", labelWidth, Self.padded(leftText ?? "", padding))
            lines += Self.labelled("right:", labelWidth, Self.inspected(right, padding))
        default:
            if left != noValue {
                leftText = left.inspect()
                lines += Self.labelled("left:", labelWidth, Self.inspected(left, padding))
            }
            if right != noValue {
                rightText = right.inspect()
                lines += Self.labelled("right:", labelWidth, Self.inspected(right, padding))
            }
        }
        failure = TestFailure(kind: .assertion, printedLines: lines, code: asserted, left: leftText, right: rightText)
    }

    /// Each message as `pattern:` and `value:`, a blank line between two messages.
    private static func mailbox(pattern: String, messages: [Term], padding: Int) -> [String] {
        guard !messages.isEmpty else { return [] }
        var lines = [TestFailure.margin + "mailbox:"]
        for (index, message) in messages.enumerated() {
            if index > 0 { lines.append("") }
            let shownPattern = padded(pattern, padding + 5).split(separator: "\n", omittingEmptySubsequences: false)
            let shownValue = inspected(message, padding + 5).split(separator: "\n", omittingEmptySubsequences: false)
            lines.append(mailboxMargin + "pattern: " + (shownPattern.first ?? ""))
            lines += shownPattern.dropFirst().map(String.init)
            lines.append(mailboxMargin + "value:   " + (shownValue.first ?? ""))
            lines += shownValue.dropFirst().map(String.init)
        }
        return lines
    }

    /// `label` padded to `width` before the first line of `text`; later lines keep their own indentation.
    private static func labelled(_ label: String, _ width: Int, _ text: String) -> [String] {
        let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let head = label.padding(toLength: max(width, label.count), withPad: " ", startingAt: 0)
        return [TestFailure.margin + head + (parts.first ?? "")] + parts.dropFirst()
    }

    /// Lines after the first indented by `padding` columns (ExUnit's `pad_multiline`).
    private static func padded(_ text: String, _ padding: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + String(repeating: " ", count: padding))
    }

    /// `inspect_multiline`: the term laid out in `80 - padding` columns, its later lines indented by `padding`.
    private static func inspected(_ value: Term, _ padding: Int) -> String {
        let width = Self.width - padding
        return Doc.nest(Doc.group(value.toDoc(InspectOptions(width: width))), padding).format(width: width)
    }
}
