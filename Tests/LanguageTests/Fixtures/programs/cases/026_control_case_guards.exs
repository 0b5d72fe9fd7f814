# case tries clauses in order; guards refine them.
classify = fn value ->
  case value do
    0 -> :zero
    n when is_integer(n) and n < 0 -> :negative
    n when is_integer(n) -> :positive
    f when is_float(f) -> :float
    [] -> :empty_list
    [_ | _] -> :list
    _ -> :other
  end
end
IO.inspect(Enum.map([0, -3, 8, 1.5, [], [1], "x"], classify))
r = case {1, 2} do
  {a, b} when a > b -> :desc
  {a, b} when a < b -> :asc
end
IO.inspect(r)
IO.inspect(case :x do _ -> "anything" end)
