# The exception a regex that does not compile raises (`Regex.compile!`, `~r` with a bad pattern).
defmodule Regex.CompileError do
  defexception message: "regex could not be compiled"
end
