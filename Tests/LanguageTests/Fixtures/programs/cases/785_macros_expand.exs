# Macro.expand_once/2 and Macro.expand/2 with __CALLER__: macros of required modules, aliases, __MODULE__
defmodule Shapes do
  defmacro square(x), do: quote(do: unquote(x) * unquote(x))
  defmacro twice_square(x), do: quote(do: Shapes.square(unquote(x)))
  def plain(x), do: x
end

defmodule Show do
  defmacro show(ast) do
    once = Macro.expand_once(ast, __CALLER__)
    full = Macro.expand(ast, __CALLER__)
    IO.puts(Macro.to_string(once))
    IO.puts(Macro.to_string(full))
    ast
  end

  defmacro expand_alias(ast) do
    IO.inspect(Macro.expand(ast, __CALLER__))
    ast
  end
end

defmodule Use do
  require Shapes
  require Show
  alias Shapes, as: S
  def a, do: Show.show(S.twice_square(3))
  def b, do: Show.show(Shapes.plain(3))
  def c, do: Show.show(1 + 2)
  def d, do: Show.expand_alias(S)
  def e, do: Show.expand_alias(Some.Other)
  def f, do: Show.expand_alias(__MODULE__)
  def g, do: Show.show(S.square(4))
end
IO.inspect([Use.a(), Use.b(), Use.c(), Use.d(), Use.e(), Use.f(), Use.g()])
