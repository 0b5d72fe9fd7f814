# Erlang's :sys: get_state and replace_state through a GenServer's system messages.
defmodule :sys do
  def get_state(server, timeout \\ 5000), do: __request__(server, :get_state, :get_state, [server, timeout])
  def replace_state(server, fun, timeout \\ 5000),
    do: __request__(server, {:replace_state, fun}, :replace_state, [server, fun, timeout])

  def __request__(server, request, function, arguments) do
    case GenServer.whereis(server) do
      nil -> exit({:noproc, {:sys, function, arguments}})
      pid ->
        ref = Process.monitor(pid)
        send(pid, {:system, {self(), ref}, request})
        receive do
          {^ref, reply} ->
            Process.demonitor(ref, [:flush])
            reply
          {:DOWN, ^ref, _, _, reason} -> exit({reason, {:sys, function, arguments}})
        end
    end
  end
end
