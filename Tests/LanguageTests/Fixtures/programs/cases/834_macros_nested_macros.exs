# a macro whose expansion calls another macro
defmodule Inner do
  defmacro inc(x), do: quote(do: unquote(x) + 1)
end

defmodule Outer do
  defmacro inc_twice(x) do
    quote do
      require Inner
      Inner.inc(Inner.inc(unquote(x)))
    end
  end
end

defmodule Main do
  require Outer
  def run, do: Outer.inc_twice(5)
end

IO.inspect(Main.run())
