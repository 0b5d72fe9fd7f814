# defexception with a message field, a default and a custom message/1.
defmodule NotFound do
  defexception message: "resource not found"
end
defmodule OutOfStock do
  defexception [:item, :wanted]
  @impl true
  def message(e), do: "only a few #{e.item} left, wanted #{e.wanted}"
end
try do
  raise NotFound
rescue
  e in NotFound -> IO.puts(e.message)
end
try do
  raise NotFound, message: "user 7 not found"
rescue
  e -> IO.puts(Exception.message(e))
end
try do
  raise OutOfStock, item: "apples", wanted: 12
rescue
  e in OutOfStock -> IO.puts(Exception.message(e)); IO.inspect(e.wanted)
end
IO.inspect(NotFound.exception([]))
IO.inspect(is_exception(OutOfStock.exception(item: "x", wanted: 1)))
