# a macro of the same file cannot be called from the file's top level
defmodule Tool do
  defmacro double(x), do: quote(do: unquote(x) * 2)
end

require Tool
IO.inspect(Tool.double(2))
