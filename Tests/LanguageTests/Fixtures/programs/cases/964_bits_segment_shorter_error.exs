# A sized bitstring segment longer than its value raises ArgumentError.
defmodule Build do
  def head(value, n), do: <<value::bitstring-size(n)>>
end

IO.inspect(Build.head(<<0xFF, 1::2>>, 9))
Build.head(<<1::size(3)>>, 4)
