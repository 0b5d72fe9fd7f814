# The exception `raise "message"` raises.
defmodule RuntimeError do
  defexception message: "runtime error"
end
