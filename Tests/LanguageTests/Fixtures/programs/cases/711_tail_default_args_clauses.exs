# Default arguments in a bodiless head, merged with the clauses that follow it.
defmodule Greeter do
  def hello(name \\ "world", greeting \\ "Hello")
  def hello(name, greeting) when is_binary(name), do: "#{greeting}, #{name}"
  def hello(n, g), do: "#{g} #{inspect(n)}"
end
IO.puts Greeter.hello()
IO.puts Greeter.hello("ann")
IO.puts Greeter.hello(:x, "Hi")
