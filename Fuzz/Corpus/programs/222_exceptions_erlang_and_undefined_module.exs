# ErlangError for raw Erlang errors; UndefinedFunctionError for missing modules.
try do
  :erlang.error(:something_odd)
rescue
  e in ErlangError -> IO.puts(Exception.message(e))
end
try do
  :erlang.error({:custom, 1})
rescue
  e -> IO.inspect(e)
end
mod = String.to_atom("Elixir.NoSuchModule")
try do
  mod.hello()
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
try do
  apply(Enum, :no_such_fun, [1])
rescue
  e in UndefinedFunctionError -> IO.inspect({e.module, e.function, e.arity})
end
