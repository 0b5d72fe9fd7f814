# Integer functions written in Elixir; the rest of `Integer` is builtins (`IntegerBuiltins.swift`).
defmodule Integer do
  def extended_gcd(0, 0), do: {0, 0, 0}
  def extended_gcd(0, b) when is_integer(b), do: {b, 0, 1}
  def extended_gcd(a, 0) when is_integer(a), do: {a, 1, 0}
  def extended_gcd(a, b) when is_integer(a) and is_integer(b), do: extended_gcd(b, a, 0, 1, 1, 0)

  defp extended_gcd(r1, r0, s1, s0, t1, t0) do
    quotient = div(r0, r1)
    case r0 - quotient * r1 do
      0 when r1 > 0 -> {r1, s1, t1}
      0 -> {-r1, -s1, -t1}
      r2 -> extended_gcd(r2, r1, s0 - quotient * s1, s1, t0 - quotient * t1, t1)
    end
  end
end
