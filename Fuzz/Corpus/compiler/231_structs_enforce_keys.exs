# @enforce_keys makes struct!/2 demand those keys.
defmodule Order do
  @enforce_keys [:id, :total]
  defstruct [:id, :total, status: :new]
end
o = struct!(Order, id: 1, total: 9.5)
IO.inspect(o)
IO.inspect(o.status)
try do
  struct!(Order, id: 2)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.inspect(struct(Order, id: 3))
