# String.Chars for NaiveDateTime: what `NaiveDateTime.to_string/1` gives, so `"#{d}"` interpolates one.
defmodule String.Chars.NaiveDateTime do
  def to_string(value), do: NaiveDateTime.to_string(value)
end
