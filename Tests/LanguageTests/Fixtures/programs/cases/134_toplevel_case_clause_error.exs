# case with no matching clause.
defmodule Colors do
  def code(color) do
    case color do
      :red -> 1
      :green -> 2
    end
  end
end
IO.inspect(Colors.code(:red))
Colors.code({:blue, "ish"})
