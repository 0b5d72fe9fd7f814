# A start function that returns {:ok, something} without a pid is an error, as in OTP's supervisor.
defmodule NoPid do
  def start_link(arg), do: {:ok, arg}
  def child_spec(arg), do: %{id: __MODULE__, start: {__MODULE__, :start_link, [arg]}}
end

{:ok, dynamic} = DynamicSupervisor.start_link(strategy: :one_for_one)
IO.inspect(DynamicSupervisor.start_child(dynamic, {NoPid, nil}))
IO.inspect(DynamicSupervisor.count_children(dynamic))

{:ok, sup} = Supervisor.start_link([], strategy: :one_for_one)
IO.inspect(Supervisor.start_child(sup, {NoPid, :not_a_pid}))
IO.inspect(Supervisor.which_children(sup))

Process.flag(:trap_exit, true)
IO.inspect(Supervisor.start_link([{NoPid, nil}], strategy: :one_for_one))

receive do
  {:EXIT, _, reason} -> IO.inspect(reason, label: "exit")
end

Process.flag(:trap_exit, false)
Supervisor.start_link([{NoPid, nil}], strategy: :one_for_one)
IO.puts("not reached")
