defmodule Bank do
  use GenServer
  def init(balance), do: {:ok, balance}
  def handle_call({:deposit, n}, _from, b), do: {:reply, b + n, b + n}
  def handle_call({:withdraw, n}, _from, b) when n > b, do: {:reply, {:error, :insufficient}, b}
  def handle_call({:withdraw, n}, _from, b), do: {:reply, {:ok, b - n}, b - n}
end
{:ok, bank} = GenServer.start_link(Bank, 100)
tasks = for i <- 1..10, do: Task.async(fn -> GenServer.call(bank, {:deposit, i}) end)
Enum.each(tasks, &Task.await/1)
IO.inspect(GenServer.call(bank, {:withdraw, 1000}))
IO.inspect(GenServer.call(bank, {:withdraw, 55}))
IO.inspect(:sys.get_state(bank))
