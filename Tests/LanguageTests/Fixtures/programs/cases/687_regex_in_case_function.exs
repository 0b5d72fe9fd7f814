defmodule Classify do
  def kind(s) do
    cond do
      s =~ ~r/^\d+$/ -> :number
      s =~ ~r/^[a-z_]\w*$/i -> :identifier
      true -> :other
    end
  end
end
IO.inspect(Enum.map(["42", "foo_bar", "Baz9", "1x", "+"], &Classify.kind/1))
