# a control-flow macro: my_unless
defmodule Control do
  defmacro my_unless(condition, clauses) do
    block = Keyword.fetch!(clauses, :do)
    other = Keyword.fetch!(clauses, :else)
    quote do
      if unquote(condition), do: unquote(other), else: unquote(block)
    end
  end
end

defmodule App do
  import Control
  def check(n) do
    my_unless n > 10, do: :small, else: :big
  end
end

IO.inspect(App.check(3))
IO.inspect(App.check(30))
