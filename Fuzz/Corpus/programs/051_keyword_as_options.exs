# Keyword lists as trailing options in calls.
defmodule Greeting do
  def hello(name, opts \\ []) do
    greeting = Keyword.get(opts, :greeting, "Hello")
    punct = Keyword.get(opts, :punct, "!")
    "#{greeting}, #{name}#{punct}"
  end
end
IO.puts(Greeting.hello("Ann"))
IO.puts(Greeting.hello("Ann", greeting: "Hi"))
IO.puts(Greeting.hello("Ann", punct: "?", greeting: "Hey"))
IO.inspect(if(true, do: :kw_do, else: :kw_else))
IO.inspect(Enum.sort_by([b: 2, a: 1], fn {k, _} -> k end))
