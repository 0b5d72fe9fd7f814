# a macro receives its arguments as quoted forms, not values
defmodule Show do
  defmacro show(expr) do
    text = Macro.to_string(expr)
    quote do
      IO.puts(unquote(text) <> " = " <> inspect(unquote(expr)))
    end
  end
end

defmodule Demo do
  require Show
  def run do
    a = 3
    Show.show(a + 4)
    Show.show(Enum.map([1, 2], fn x -> x * a end))
  end
end

Demo.run()
