import Testing

/// struct/2, struct!/2, function_exported?/3 and the two-argument type checks, recorded from real Elixir 1.14.
enum StructBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"{is_map_key(%{a: 1}, :a), is_map_key(%{a: 1}, :b)}"#, #"{true, false}"#),
        RecordedInspect(#"{is_struct(1..2, Range), is_struct(%{}, Range), is_struct(1..2)}"#, #"{true, false, true}"#),
        RecordedInspect(#"{is_exception(%RuntimeError{}, RuntimeError), is_exception(%RuntimeError{}, ArgumentError)}"#, #"{true, false}"#),
        RecordedInspect(#"struct(Range, first: 1, last: 3, step: 1, bogus: 2)"#, #"1..3"#),
        RecordedInspect(#"struct(1..2, last: 5)"#, #"1..5"#),
        RecordedInspect(#"try do struct!(Range, bogus: 1) rescue e in KeyError -> Exception.message(e) end"#, #""key :bogus not found""#),
        RecordedInspect(#"{function_exported?(String, :upcase, 1), function_exported?(String, :nope, 1)}"#, #"{true, false}"#),
    ]
}

/// proctor prints what Elixir printed for each recorded expression.
@Test(arguments: StructBuiltinsCases.all)
func structBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
