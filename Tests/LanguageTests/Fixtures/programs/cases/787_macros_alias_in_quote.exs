# an alias written in the macro's module resolves in its quotes, wherever the macro is called; macros call private helpers
defmodule Deep.Util.Text do
  def shout(s), do: String.upcase(s) <> "!"
end

defmodule Maker do
  alias Deep.Util.Text
  alias Deep.Util.Text, as: T

  defmacro shout(s) do
    label = prefix(__CALLER__)

    quote do
      unquote(label) <> Text.shout(unquote(s)) <> T.shout("x")
    end
  end

  defp prefix(env), do: "#{inspect(env.module)}/#{elem(env.function, 0)}: "

  def show_quotes do
    IO.inspect(quote(do: Text))
    IO.inspect(quote(do: Text.Inner.f()))
    IO.inspect(quote(do: Other.f()))
  end
end

defmodule Caller do
  require Maker
  def go, do: Maker.shout("hi")
end

IO.puts(Caller.go())
Maker.show_quotes()
