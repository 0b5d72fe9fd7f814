# Default arguments with \\, including a header clause.
defmodule Greeter do
  def hello(name \\ "world", punct \\ "!"), do: "hello #{name}#{punct}"

  def join(a, b \\ nil, sep \\ " ")
  def join(a, nil, _sep), do: a
  def join(a, b, sep), do: a <> sep <> b
end
IO.puts(Greeter.hello())
IO.puts(Greeter.hello("Ann"))
IO.puts(Greeter.hello("Ann", "?"))
IO.puts(Greeter.join("x"))
IO.puts(Greeter.join("x", "y"))
IO.puts(Greeter.join("x", "y", "-"))
IO.inspect(function_exported?(Greeter, :hello, 0))
IO.inspect(function_exported?(Greeter, :hello, 2))
