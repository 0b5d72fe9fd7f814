# A ::binary segment needs a whole number of bytes.
defmodule Build do
  def wrap(value), do: <<value::binary, "!">>
end

IO.inspect(Build.wrap("ok"))
Build.wrap(<<1::size(3)>>)
