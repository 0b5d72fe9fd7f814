defmodule NoSpec do
  def start_link(_), do: {:ok, spawn_link(fn -> Process.sleep(:infinity) end)}
end
Supervisor.start_link([{NoSpec, 1}], strategy: :one_for_one)
