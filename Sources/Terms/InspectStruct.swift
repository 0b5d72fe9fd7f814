/// Structs: `%Task{mfa: ..., owner: ...}` in field definition order,
/// exceptions without `__exception__`, ranges as `1..10//2`, map sets as
/// `MapSet.new([...])`, dates and times as their sigils (`InspectCalendar`); with `structs: false`,
/// every struct as the map it is.
enum InspectStruct {
    /// The struct's document, or nil when the map is not a struct that prints as one.
    static func doc(_ map: MapBox, _ options: InspectOptions) -> Doc? {
        guard options.structs, case .atom(let module)? = map.get(.atom(.structKey)) else { return nil }
        if let calendarText = InspectCalendar.text(map, module: module.name) { return .text(calendarText) }
        switch module.name {
        case "Elixir.Range": if let range = range(map, options) { return range }
        case "Elixir.MapSet": if let set = mapSet(map, options) { return set }
        case "Elixir.Regex": if let regex = regex(map, options) { return regex }
        case InspectDocTerm.renderedStruct: if let rendered = map.get(.atom("doc")) { return InspectDocTerm.doc(rendered, options) }
        default: break
        }
        guard let fields = options.structFields(module), matches(map, fields: fields) else { return nil }
        let values = fields.map { map.get(.atom($0)) ?? .nil }
        let name = module.inspectText
        return InspectContainer.doc(open: "%" + name + "{", close: "}", style: .strict, count: fields.count,
            element: { InspectContainer.keywordPair(.atom(fields[$0]), values[$0], $1) }, options)
    }

    /// Whether the map has exactly the struct's fields (plus `__struct__`, and
    /// `__exception__` for exceptions).
    private static func matches(_ map: MapBox, fields: [Atom]) -> Bool {
        let exception = map.contains(.atom(Atom("__exception__"))) ? 1 : 0
        return map.count == fields.count + 1 + exception && fields.allSatisfy { map.contains(.atom($0)) }
    }

    /// `first..last` for a step of 1 going up, `first..last//step` otherwise.
    private static func range(_ map: MapBox, _ options: InspectOptions) -> Doc? {
        guard map.count == 4, let first = map.get(.atom("first")), let last = map.get(.atom("last")),
              let step = map.get(.atom("step")) else { return nil }
        var parts = [first.toDoc(options), .text(".."), last.toDoc(options)]
        if step != .int(1) || Term.compare(last, first) < 0 {
            parts += [.text("//"), step.toDoc(options)]
        }
        return .concat(parts)
    }

    /// `~r/source/opts`, or `Regex.compile!("source", [opts])` for one compiled with an option list.
    private static func regex(_ map: MapBox, _ options: InspectOptions) -> Doc? {
        guard case .binary(let source)? = map.get(.atom("source")), let opts = map.get(.atom("opts")) else { return nil }
        if opts.properListElements != nil {
            return .concat([.text("Regex.compile!("), Term.binary(source).toDoc(options), .text(", "), opts.toDoc(options), .text(")")])
        }
        guard case .binary(let letters) = opts else { return nil }
        let escaped = TextEscape.escape(regexSourceUnescapingSlashes(source.bytes), delimiter: UInt8(ascii: "/"), limit: nil, regexSource: true)
        return .text("~r/" + escaped.text + "/" + String(decoding: letters.bytes, as: UTF8.self))
    }

    /// The source with `\/` turned into `/` (escaping adds the backslash back) and `\\` kept whole.
    private static func regexSourceUnescapingSlashes(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count,
               bytes[index + 1] == UInt8(ascii: "\\") || bytes[index + 1] == UInt8(ascii: "/") {
                if bytes[index + 1] == UInt8(ascii: "\\") { result.append(UInt8(ascii: "\\")) }
                result.append(bytes[index + 1])
                index += 2
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    /// `MapSet.new([1, 2, 3])`.
    private static func mapSet(_ map: MapBox, _ options: InspectOptions) -> Doc? {
        guard case .map(let members)? = map.get(.atom("map")) else { return nil }
        let list = Term.list(members.orderedKeys)
        return .concat([.text("MapSet.new("), list.toDoc(options), .text(")")])
    }
}
