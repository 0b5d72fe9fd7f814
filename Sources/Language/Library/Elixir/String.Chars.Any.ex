# String.Chars for built-in types (and for structs without an implementation, which raise).
defmodule String.Chars.Any do
  def to_string(term), do: :proctor.display_string(term)
end
