# The exception a function raises for an argument it cannot take.
defmodule ArgumentError do
  defexception message: "argument error"
end
