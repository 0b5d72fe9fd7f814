/// `inspect` as Elixir 1.14 prints terms.
extension Term {
    /// `inspect/2`: on one line unless `options.pretty`, then broken at `options.width`.
    public func inspect(_ options: InspectOptions = InspectOptions()) -> String {
        Doc.group(toDoc(options)).format(width: options.pretty ? options.width : nil)
    }

    /// What `IO.inspect/2` prints (without the newline): always laid out at `options.width`.
    public func inspectForIO(_ options: InspectOptions = InspectOptions()) -> String {
        Doc.group(toDoc(options)).format(width: options.width)
    }

    /// The term's inspect document (`Inspect.Algebra.to_doc/2`).
    public func toDoc(_ options: InspectOptions) -> Doc {
        switch self {
        case .int, .bigInt: return .text(integerInspectText(base: options.base))
        case .float(let value): return .text(FloatFormat.text(value))
        case .atom(let atom): return .text(atom.inspectText)
        case .binary(let box): return InspectBinary.doc(box, options)
        case .emptyList: return .text("[]")
        case .cons(let cell): return InspectList.doc(cell, options)
        case .tuple(let box): return InspectContainer.tuple(box.elements, options)
        case .map(let box): return InspectStruct.doc(box, options) ?? InspectContainer.map(box, name: "", options)
        case .pid(let pid): return .text(pid.inspectText)
        case .ref(let ref): return .text(ref.inspectText)
        case .fun(let function): return .text(function.inspectText)
        }
    }
}

extension Term: CustomStringConvertible {
    /// The term as `inspect/1` prints it (handy in test failures and logs).
    public var description: String { inspect() }
}

extension Pid {
    /// `#PID<0.N.0>`.
    public var inspectText: String { "#PID<0.\(serial).0>" }
}

extension Ref {
    /// `#Reference<0.0.0.N>`: the shape of a real reference, numbered by this runtime.
    public var inspectText: String { "#Reference<0.0.0.\(number)>" }
}

extension Term {
    /// An integer's inspect text in `base`, with Elixir's `0b`/`0o`/`0x` prefix outside base 10.
    func integerInspectText(base: Int) -> String {
        let digits = integerText(radix: base) ?? ""
        let prefix = [2: "0b", 8: "0o", 16: "0x"][base] ?? ""
        guard !prefix.isEmpty else { return digits }
        return digits.hasPrefix("-") ? "-" + prefix + digits.dropFirst() : prefix + digits
    }
}
