# A start function that raises, exits or throws: the supervisor catches it and reports the failure.
defmodule Boom do
  def start_link(:raise), do: raise("no start")
  def start_link(:exit), do: exit(:no_start)
  def start_link(:throw), do: throw(:no_start)
  def child_spec(how), do: %{id: how, start: {__MODULE__, :start_link, [how]}}
end

Process.flag(:trap_exit, true)

for how <- [:raise, :exit, :throw] do
  case Supervisor.start_link([{Boom, how}], strategy: :one_for_one) do
    {:error, {:shutdown, {:failed_to_start_child, ^how, {:EXIT, {exception, [_ | _]}}}}} ->
      IO.inspect(exception, label: "supervisor #{how}")

    other ->
      IO.inspect(other, label: "supervisor #{how}")
  end

  receive do
    {:EXIT, _, reason} -> IO.inspect(elem(reason, 0), label: "exit")
  end
end

{:ok, dynamic} = DynamicSupervisor.start_link(strategy: :one_for_one)

for how <- [:raise, :exit, :throw] do
  case DynamicSupervisor.start_child(dynamic, {Boom, how}) do
    {:error, {reason, [_ | _]}} -> IO.inspect(reason, label: "dynamic #{how}")
    other -> IO.inspect(other, label: "dynamic #{how}")
  end
end

IO.inspect(DynamicSupervisor.count_children(dynamic))
IO.inspect(Process.alive?(dynamic))

Process.flag(:trap_exit, false)
Supervisor.start_link([{Boom, :raise}], strategy: :one_for_one)
IO.puts("not reached")
