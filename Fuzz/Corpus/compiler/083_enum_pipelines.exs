# Pipelines combining several Enum functions.
text = "the quick brown fox jumps over the lazy dog the end"
top =
  text
  |> String.split()
  |> Enum.frequencies()
  |> Enum.sort_by(fn {w, n} -> {-n, w} end)
  |> Enum.take(3)
IO.inspect(top)
1..20
|> Enum.filter(&(rem(&1, 3) == 0))
|> Enum.map(&(&1 * &1))
|> Enum.sum()
|> IO.inspect(label: "sum of squares of multiples of 3")
["b", "a", "c"] |> Enum.sort() |> Enum.join(",") |> IO.puts()
