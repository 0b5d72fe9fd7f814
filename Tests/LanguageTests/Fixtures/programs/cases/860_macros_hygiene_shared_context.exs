# each expansion's variables are its own: two swaps in one function
defmodule Swap do
  defmacro swap(pair) do
    quote do
      {a, b} = unquote(pair)
      {b, a}
    end
  end
end

defmodule Use do
  require Swap
  def run do
    a = :caller_a
    first = Swap.swap({1, 2})
    second = Swap.swap({:x, :y})
    {a, first, second}
  end
end

IO.inspect(Use.run())
