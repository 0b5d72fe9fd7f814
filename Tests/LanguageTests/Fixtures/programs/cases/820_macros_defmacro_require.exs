# a macro of one module used in a later module after require
defmodule Twice do
  defmacro twice(expr) do
    quote do
      unquote(expr) * 2
    end
  end
end

defmodule User do
  require Twice
  def run(x), do: Twice.twice(x + 1)
end

IO.inspect(User.run(4))
