defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:stop, arg}
end
Process.flag(:trap_exit, true)
IO.inspect(Supervisor.start_link([{W, :bad_start}], strategy: :one_for_one))
