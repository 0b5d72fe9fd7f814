# a private macro used later in the module that defines it
defmodule Local do
  defmacrop square(x) do
    quote do
      value = unquote(x)
      value * value
    end
  end

  def run(n), do: square(n + 1)
end

IO.inspect(Local.run(2))
