# a defstruct default that raises stops the module's definition with that exception
defmodule Bad do
  defstruct a: 1, b: Keyword.fetch!([], :size)
end

IO.puts("never")
