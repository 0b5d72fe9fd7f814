defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(:ignore), do: :ignore
  def init(:fail), do: {:stop, :nope}
  def init(arg), do: {:ok, arg}
end
{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, max_children: 1)
IO.inspect(DynamicSupervisor.start_child(sup, {W, :ignore}))
IO.inspect(DynamicSupervisor.start_child(sup, {W, :fail}))
{:ok, _} = DynamicSupervisor.start_child(sup, {W, :ok})
IO.inspect(DynamicSupervisor.start_child(sup, {W, :more}))
