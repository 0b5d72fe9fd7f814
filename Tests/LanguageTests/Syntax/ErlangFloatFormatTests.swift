import Testing

@testable import Language

/// Each expected string was printed by `IO.puts(inspect(float))` in Elixir 1.14.
@Test(arguments: [
    (1.2345678901234567e15, "1234567890123456.8"), (9.999e15, "9999000000000000.0"), (1.0e-4, "0.0001"),
    (1.2345e-4, "1.2345e-4"), (0.1234, "0.1234"), (100.0, "100.0"), (1.0e10, "10000000000.0"), (2.5e-3, "0.0025"),
    (1.0e16, "1.0e16"), (-1.5, "-1.5"), (0.0, "0.0"), (123.456, "123.456"), (5.0e-324, "5.0e-324"),
    (1.7976931348623157e308, "1.7976931348623157e308"), (0.30000000000000004, "0.30000000000000004"),
])
func formatsFloatsLikeElixir(_ value: Double, _ expected: String) {
    #expect(ErlangFloatFormat.format(value) == expected)
}
