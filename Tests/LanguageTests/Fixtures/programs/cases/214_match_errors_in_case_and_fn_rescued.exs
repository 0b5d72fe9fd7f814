# CaseClauseError, CondClauseError and FunctionClauseError for anonymous functions, rescued.
pick = fn x ->
  case x do
    :a -> 1
  end
end
try do
  pick.(:z)
rescue
  e in CaseClauseError -> IO.puts(Exception.message(e))
end
only_ints = fn n when is_integer(n) -> n end
try do
  only_ints.(1.5)
rescue
  e in FunctionClauseError -> IO.inspect(e.arity, label: "FunctionClauseError, arity")
end
check = fn v ->
  cond do
    v == 1 -> :one
  end
end
try do
  check.(2)
rescue
  e in CondClauseError -> IO.puts(Exception.message(e))
end
