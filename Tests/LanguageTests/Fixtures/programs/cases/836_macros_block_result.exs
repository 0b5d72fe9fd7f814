# a macro can return a block of several expressions
defmodule Swap do
  defmacro swap(a, b) do
    quote do
      tmp = unquote(a)
      unquote(a) = unquote(b)
      unquote(b) = tmp
      {unquote(a), unquote(b)}
    end
  end
end

defmodule Use do
  require Swap
  def run do
    x = 1
    y = 2
    Swap.swap(x, y)
  end
end

IO.inspect(Use.run())
