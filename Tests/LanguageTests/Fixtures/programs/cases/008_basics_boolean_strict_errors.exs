# `and`/`or` need a boolean on the left, `not` needs a boolean argument.
defmodule Value do
  def of(x), do: x
end
try do
  Value.of(1) and true
rescue
  e in BadBooleanError -> IO.puts(Exception.message(e))
end
try do
  Value.of(nil) or true
rescue
  e in BadBooleanError -> IO.puts(Exception.message(e))
end
try do
  not Value.of(1)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect(Value.of(false) or :anything)
IO.puts("done")
