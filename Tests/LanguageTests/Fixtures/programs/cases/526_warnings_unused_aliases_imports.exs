alias String.Chars
defmodule Outer do
  alias Enum, as: E
  alias Map
  alias Foo.Unused
  import List
  import Integer, only: [is_even: 1]
  defmodule Inner do
    def value, do: 2
  end
  def total(list), do: E.sum(list) + first([1]) + Inner.value()
end
IO.puts(Outer.total([1, 2]))
defmodule Later do
  import String
  def shout(text), do: upcase(text)
end
IO.puts(Later.shout("done"))
