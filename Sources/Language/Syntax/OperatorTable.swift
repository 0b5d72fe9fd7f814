/// Elixir 1.14's operators: spellings, binding power and associativity.
enum OperatorTable {
    /// How a binary operator groups with operators of the same binding power.
    enum Associativity: Sendable {
        case left, right
    }

    /// The binding power and associativity of a binary operator.
    struct Binding: Sendable {
        let power: Int
        let associativity: Associativity
    }

    /// Symbol operators, longest first, so the lexer can match greedily.
    static let symbols: [String] = [
        "===", "!==", "&&&", "|||", "<<<", ">>>", "<<~", "~>>", "<~>", "<|>", "^^^", "~~~",
        "+++", "---", "...", "**",
        "==", "!=", "=~", "<=", ">=", "&&", "||", "|>", "<~", "~>", "++", "--", "<>", "..", "//",
        "=>", "->", "<-", "\\\\", "::",
        "<", ">", "*", "/", "+", "-", "=", "|", "&", "!", "^", "@", ".",
    ]

    /// Words that the lexer turns into operators.
    static let words: Set<String> = ["and", "or", "not", "in", "when"]

    /// Binary operators and how they bind (the map-only `=>` is handled by the map parser).
    static let binary: [String: Binding] = {
        var table: [String: Binding] = [:]
        func add(_ power: Int, _ associativity: Associativity, _ names: [String]) {
            for name in names { table[name] = Binding(power: power, associativity: associativity) }
        }
        add(40, .left, ["<-", "\\\\"])
        add(50, .right, ["when"])
        add(60, .right, ["::"])
        add(70, .right, ["|"])
        add(100, .right, ["="])
        add(120, .left, ["||", "|||", "or"])
        add(130, .left, ["&&", "&&&", "and"])
        add(140, .left, ["==", "!=", "=~", "===", "!=="])
        add(150, .left, ["<", ">", "<=", ">="])
        add(160, .left, ["|>", "<<<", ">>>", "<<~", "~>>", "<~", "~>", "<~>", "<|>"])
        add(170, .left, ["in", "not in"])
        add(180, .left, ["^^^"])
        add(190, .right, ["//"])
        add(200, .right, ["++", "--", "+++", "---", "..", "<>"])
        add(210, .left, ["+", "-"])
        add(220, .left, ["*", "/"])
        add(230, .left, ["**"])
        return table
    }()

    /// Binding power of `when`.
    static let guardPower = 50

    /// Binding power of the assoc operator `=>` inside maps.
    static let assocPower = 80

    /// Binding power of `*` and `/`.
    static let multiplicativePower = 220

    /// Binding power of the prefix operators `!`, `^`, `not`, `~~~`, `+`, `-`.
    static let unaryPower = 300
    /// Binding power of the capture operator `&`.
    static let capturePower = 90
    /// Binding power of the module attribute operator `@`.
    static let attributePower = 320

    /// Operators that can only be prefix operators.
    static let prefixOnly: Set<String> = ["!", "^", "not", "~~~", "&", "@"]
    /// Operators that are prefix or infix depending on spacing.
    static let dual: Set<String> = ["+", "-"]

    /// True when a line starting with `symbol` continues the previous line.
    static func continuesPreviousLine(_ symbol: String) -> Bool {
        if symbol == "." { return true }
        return binary[symbol] != nil && !dual.contains(symbol) || symbol == "=>"
    }
}
