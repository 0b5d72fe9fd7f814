# Unknown struct keys are errors; access with [] is not supported on structs.
defmodule Box do
  defstruct [:w]
end
try do
  struct!(Box, depth: 2)
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
b = struct(Box, w: 3)
try do
  %{b | depth: 2}
rescue
  e in KeyError -> IO.puts(Exception.message(e))
end
try do
  b[:w]
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
IO.inspect(b.w)
