# String.Chars for Date: what `Date.to_string/1` gives, so `"#{d}"` interpolates one.
defmodule String.Chars.Date do
  def to_string(value), do: Date.to_string(value)
end
