# import brings macros and functions of a module
defmodule Assertions do
  defmacro check(expr) do
    text = Macro.to_string(expr)
    quote do
      if unquote(expr), do: "ok: " <> unquote(text), else: "failed: " <> unquote(text)
    end
  end

  def plain(x), do: x
end

defmodule Use do
  import Assertions
  def run do
    [check(1 + 1 == 2), check(plain(3) > 5)]
  end
end

IO.inspect(Use.run())
