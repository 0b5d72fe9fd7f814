defmodule Pool do
  use DynamicSupervisor

  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)

  @impl true
  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one)

  @impl false
  def helper, do: :fine

  @impl true
  def size, do: DynamicSupervisor.count_children(__MODULE__).active
end

{:ok, _} = Pool.start_link(:ok)
IO.inspect(Pool.size())
IO.inspect(Pool.helper())
