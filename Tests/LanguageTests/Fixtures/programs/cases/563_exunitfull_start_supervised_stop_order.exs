ExUnit.start(seed: 0)

defmodule Noisy do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name)
  @impl true
  def init(name) do
    Process.flag(:trap_exit, true)
    {:ok, name}
  end
  @impl true
  def terminate(reason, name), do: IO.puts("stopping #{name}: #{inspect(reason)}")
end

defmodule StopOrderTest do
  use ExUnit.Case

  test "children stop last started first, before on_exit" do
    first = start_supervised!({Noisy, :first}, id: :first)
    start_supervised!({Noisy, :second}, id: :second)
    on_exit(fn -> IO.puts("on_exit: first alive? #{Process.alive?(first)}") end)
    IO.puts("test body done")
  end
end
