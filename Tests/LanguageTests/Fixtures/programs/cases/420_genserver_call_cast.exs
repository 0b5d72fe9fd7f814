defmodule Stack do
  use GenServer
  def init(items), do: {:ok, items}
  def handle_call(:pop, _from, [head | tail]), do: {:reply, head, tail}
  def handle_call(:peek, _from, items), do: {:reply, items, items}
  def handle_cast({:push, item}, items), do: {:noreply, [item | items]}
end
{:ok, pid} = GenServer.start_link(Stack, [:a, :b])
IO.inspect(GenServer.call(pid, :pop))
GenServer.cast(pid, {:push, :c})
IO.inspect(GenServer.cast(pid, {:push, :d}))
IO.inspect(GenServer.call(pid, :peek))
IO.inspect(GenServer.call(pid, :pop))
IO.inspect(is_pid(pid))
