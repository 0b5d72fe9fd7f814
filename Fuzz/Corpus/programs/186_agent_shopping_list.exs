# Agent as a small key-value store wrapped in a module.
defmodule Cart do
  def start, do: Agent.start_link(fn -> %{} end)
  def add(cart, item, qty), do: Agent.update(cart, &Map.update(&1, item, qty, fn q -> q + qty end))
  def count(cart, item), do: Agent.get(cart, &Map.get(&1, item, 0))
  def items(cart), do: Agent.get(cart, &Map.keys/1)
  def take(cart, item), do: Agent.get_and_update(cart, &Map.pop(&1, item))
end
{:ok, c} = Cart.start()
Cart.add(c, :apple, 2)
Cart.add(c, :pear, 1)
Cart.add(c, :apple, 3)
IO.inspect(Cart.count(c, :apple))
IO.inspect(Cart.items(c))
IO.inspect(Cart.take(c, :apple))
IO.inspect(Cart.items(c))
IO.inspect(Cart.count(c, :apple))
