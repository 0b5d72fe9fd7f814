# String.Chars for Time: what `Time.to_string/1` gives, so `"#{d}"` interpolates one.
defmodule String.Chars.Time do
  def to_string(value), do: Time.to_string(value)
end
