# Piping into case and nesting conditionals.
result =
  [3, 1, 2]
  |> Enum.sum()
  |> case do
    6 -> :six
    _ -> :other
  end
IO.inspect(result)
classify = fn n ->
  if n > 0 do
    unless rem(n, 2) == 0, do: :positive_odd, else: :positive_even
  else
    cond do
      n == 0 -> :zero
      true -> :negative
    end
  end
end
IO.inspect(Enum.map([3, 4, 0, -1], classify))
IO.inspect(unless(false, do: 1, else: 2))
