@testable import Language
import Testing

/// An assertion's code as ExUnit shows it, checked against what Elixir 1.14 printed.
@Test func callParenthesesGoOnlyAroundTheWholeAssertion() {
    #expect("assert_receive({:a, x})".withoutCallParentheses() == "assert_receive {:a, x}")
    #expect("assert_receive {:a, f(x)}".withoutCallParentheses() == "assert_receive {:a, f(x)}")
    #expect("refute_receive :unexpected, 20".withoutCallParentheses() == "refute_receive :unexpected, 20")
    #expect("assert_receive {:x, n} when n > abs(1)".withoutCallParentheses() == "assert_receive {:x, n} when n > abs(1)")
}

@Test func theMatchedPatternEndsAtTheTopLevelEquals() {
    #expect("assert {:ok, _} = {:error, Enum.to_list(1..40)}".matchedPattern == "{:ok, _}")
    #expect("assert %{a: x} = Map.new()".matchedPattern == "%{a: x}")
    #expect("assert {\"a=b\", n} = pair".matchedPattern == "{\"a=b\", n}")
    #expect("assert([x | _] = list)".matchedPattern == "[x | _]")
    #expect("assert {a, b} = {x == 1, y >= 2}".matchedPattern == "{a, b}")
}
