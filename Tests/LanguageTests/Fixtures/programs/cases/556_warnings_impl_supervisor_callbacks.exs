defmodule Tree do
  use Supervisor

  def start_link(arg), do: Supervisor.start_link(__MODULE__, arg)

  @impl true
  def init(_arg), do: Supervisor.init([], strategy: :one_for_one)

  @impl true
  def child_count(sup), do: Supervisor.count_children(sup)
end

defmodule Oops do
  defexception message: "oops"

  @impl true
  def describe(error), do: error.message
end

{:ok, sup} = Tree.start_link(:ok)
IO.inspect(Tree.child_count(sup))
IO.puts(Oops.describe(Oops.exception([])))
