# String.Chars for DateTime: what `DateTime.to_string/1` gives, so `"#{d}"` interpolates one.
defmodule String.Chars.DateTime do
  def to_string(value), do: DateTime.to_string(value)
end
