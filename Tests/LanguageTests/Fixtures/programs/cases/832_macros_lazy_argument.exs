# a macro decides whether its argument is evaluated at all
defmodule Lazy do
  defmacro maybe(flag, expr) do
    quote do
      if unquote(flag), do: unquote(expr), else: :skipped
    end
  end
end

defmodule Run do
  require Lazy
  def go(flag), do: Lazy.maybe(flag, IO.puts("evaluated"))
end

IO.inspect(Run.go(false))
IO.inspect(Run.go(true))
