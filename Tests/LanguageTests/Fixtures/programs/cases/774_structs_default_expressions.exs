# defstruct defaults may be expressions: evaluated once, when the module is defined
defmodule Cart do
  @default_name "guest"
  @enforce_keys [:owner]
  defstruct owner: nil,
            items: [],
            created: System.monotonic_time(),
            name: String.upcase(@default_name),
            tags: Enum.map(1..3, &(&1 * 2)),
            pair: {div(10, 3), rem(10, 3)}

  def new(owner), do: %Cart{owner: owner}
end

a = Cart.new("ann")
b = Cart.new("bob")
IO.inspect(a.items)
IO.inspect(is_integer(a.created))
IO.inspect(a.name)
IO.inspect(a.tags)
IO.inspect(a.created == b.created)
IO.inspect(a.pair)
IO.inspect(struct(Cart, owner: 2).name)
IO.inspect(Map.keys(struct!(Cart, owner: 3)))
