defmodule Stack do
  use GenServer

  @impl true
  def init(items), do: {:ok, items}

  @impl true
  def push(pid, item), do: GenServer.cast(pid, {:push, item})

  @impl true
  def handle_cast({:push, item}, items), do: {:noreply, [item | items]}

  @impl GenServer
  def handle_pop(items), do: items
end

{:ok, pid} = GenServer.start_link(Stack, [])
Stack.push(pid, 1)
IO.inspect(:sys.get_state(pid))
