# A custom exception/1 builds the struct from any argument.
defmodule HTTPError do
  defexception [:status, :message]
  @impl true
  def exception(status) when is_integer(status) do
    %HTTPError{status: status, message: "request failed with status #{status}"}
  end
end
try do
  raise HTTPError, 404
rescue
  e in HTTPError -> IO.inspect({e.status, e.message})
end
e = HTTPError.exception(500)
IO.puts(Exception.message(e))
IO.inspect(is_exception(e, HTTPError))
IO.inspect(is_exception(e, RuntimeError))
