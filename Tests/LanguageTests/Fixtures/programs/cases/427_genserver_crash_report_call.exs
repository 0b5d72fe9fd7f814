defmodule Boom do
  use GenServer
  def init(state), do: {:ok, state}
  def handle_call(:boom, _from, _state), do: raise("kaboom")
end
{:ok, _pid} = GenServer.start(Boom, %{count: 1}, name: :a)
try do
  GenServer.call(:a, :boom)
catch
  :exit, {reason, {GenServer, :call, [:a, :boom, 5000]}} ->
    {%RuntimeError{message: m}, _stack} = reason
    IO.puts("caller saw #{m}")
end
Process.sleep(20)
