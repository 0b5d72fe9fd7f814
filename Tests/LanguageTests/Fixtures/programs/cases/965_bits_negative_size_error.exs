# A segment size that is not a non-negative integer raises ArgumentError.
defmodule Build do
  def sized(value, n), do: <<value::size(n)>>
end

IO.inspect(Build.sized(1, 2))
try do
  Build.sized(1, :two)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
Build.sized(1, -1)
