/// Every text and number builtin: String, Integer, Float, :math, charlists, atoms, sigils and bits.
enum TextBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        StringBuiltins.all + StringSearchBuiltins.all + RegexBuiltins.all + StringPaddingBuiltins.all + StringConversionBuiltins.all + StringMetricsBuiltins.all
            + IntegerBuiltins.all + FloatBuiltins.all + CharlistBuiltins.all + SigilBuiltins.all + BitwiseBuiltins.all
            + BinarySegmentBuiltins.all + SystemTimeBuiltins.all + IODataBuiltins.all + BooleanBuiltins.all + GuestAtoms.all
    }
}
