# Classify 2..300 as perfect, abundant or deficient by the sum of their proper divisors.
defmodule Divisors do
  def divisor_sum(n), do: Enum.sum(for d <- 1..div(n, 2), rem(n, d) == 0, do: d)

  def classify(n) do
    sum = divisor_sum(n)

    cond do
      sum == n -> :perfect
      sum > n -> :abundant
      true -> :deficient
    end
  end
end

{microseconds, counts} = :timer.tc(fn -> 2..300 |> Enum.map(&Divisors.classify/1) |> Enum.frequencies() end)
IO.puts("classes #{inspect(counts)}")
IO.puts("divisors_us #{microseconds}")
