# imported macros are called without the module name
defmodule Checks do
  defmacro unless_zero(value, clauses) do
    block = Keyword.fetch!(clauses, :do)
    quote do
      if unquote(value) != 0, do: unquote(block), else: :zero
    end
  end
end

defmodule Use do
  import Checks
  def go(n), do: unless_zero(n, do: div(100, n))
end

IO.inspect(Use.go(5))
IO.inspect(Use.go(0))
