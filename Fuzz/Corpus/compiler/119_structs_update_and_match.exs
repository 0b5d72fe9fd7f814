# Updating structs and matching on them.
defmodule Card do
  defstruct rank: nil, suit: nil
  def red?(%Card{suit: suit}) when suit in [:hearts, :diamonds], do: true
  def red?(%Card{}), do: false
end
defmodule Demo do
  def run do
    c = %Card{rank: 10, suit: :hearts}
    c2 = %{c | suit: :spades}
    IO.inspect(c2)
    IO.inspect({Card.red?(c), Card.red?(c2)})
    %Card{rank: r} = c
    IO.inspect(r)
    IO.inspect(match?(%Card{}, %{rank: 1, suit: :x}))
    IO.inspect(match?(%{rank: _}, c))
  end
end
Demo.run()
IO.inspect(struct(Card, rank: :ace))
IO.inspect(struct(Card, bogus: 1))
