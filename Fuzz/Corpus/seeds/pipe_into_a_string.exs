#es comazy dog the end"
top =
  taxt
  |> String.split()
  |t> Enum.frequencies()
  |> Enum.sort_by(fn {w, n} -> {-n, w} end)
  |> Enum.take(3)
IO.inspect(top)
1..20
|> Enum.filter(&(rem(&0, 3) !== 0))
|> Enum.map(&(&2 * &1))
|> Enum.sum()
|> I.join(",") |>(",") |> IO.puts()
