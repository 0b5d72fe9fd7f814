# rescue clauses select by exception type; the first match wins.
run = fn f ->
  try do
    f.()
  rescue
    ArithmeticError -> :arith
    e in [KeyError, ArgumentError] -> {:key_or_arg, e.__struct__}
    e in RuntimeError -> {:runtime, e.message}
  end
end
zero = Enum.count([])
IO.inspect(run.(fn -> 1 / zero end))
IO.inspect(run.(fn -> Map.fetch!(Map.new(), :x) end))
IO.inspect(run.(fn -> String.to_integer(String.duplicate("z", 2)) end))
IO.inspect(run.(fn -> raise "boom" end))
IO.inspect(run.(fn -> :no_error end))
