# @derive Inspect prints the struct as usual; Inspect on a user struct inside an exit message.
defmodule Point do
  @derive [Inspect]
  defstruct x: 0, y: 0
end

defmodule Main do
  def run do
    IO.inspect(%Point{x: 1, y: 2})
    IO.inspect(Inspect.impl_for(%Point{}))
    IO.inspect(inspect(%Point{}, pretty: true))
    IO.inspect([1, 2, 3], label: "list")
    IO.inspect("text", limit: 3)
    IO.inspect(Enum.to_list(1..60), limit: 5)
  end
end

Main.run()
