# A protocol that is not implemented for a value raises Protocol.UndefinedError.
defprotocol Describe do
  def describe(value)
end

defimpl Describe, for: Integer do
  def describe(n), do: "the number #{n}"
end

defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Main do
  def run do
    IO.puts(Describe.describe(7))
    for value <- [:ok, "text", [1], {1}, %{a: 1}, 1.5, %Point{}] do
      try do
        Describe.describe(value)
      rescue
        e in Protocol.UndefinedError ->
          IO.puts(Exception.message(e))
          IO.inspect({e.protocol, e.value})
      end
    end
    Describe.describe(%Point{x: 1})
  end
end

Main.run()
