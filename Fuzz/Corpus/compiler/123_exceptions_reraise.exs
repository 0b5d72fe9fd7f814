# reraise keeps the stacktrace; rescue in an outer try sees the same exception.
defmodule Wrapper do
  def risky do
    try do
      raise "inner failure"
    rescue
      e ->
        IO.puts("logging: " <> e.message)
        reraise e, __STACKTRACE__
    end
  end
end
try do
  Wrapper.risky()
rescue
  e in RuntimeError -> IO.puts("outer got: " <> e.message)
end
try do
  try do
    raise ArgumentError, "first"
  rescue
    _ -> raise "second"
  end
rescue
  e -> IO.inspect(e)
end
