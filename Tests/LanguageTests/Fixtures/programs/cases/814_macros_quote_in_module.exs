# variables quoted inside a module carry the module as context
defmodule Builder do
  def adder, do: quote(do: x + y)
  def call(name), do: quote(do: unquote(name)(x))
end
IO.inspect(Builder.adder())
IO.inspect(Builder.call(:run))
