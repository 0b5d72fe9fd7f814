# Two processes bounce a counter back and forth.
defmodule PingPong do
  def player(name, parent) do
    receive do
      {0, _from} ->
        send(parent, {:finished_by, name})
        player(name, parent)
      {n, from} ->
        send(from, {n - 1, self()})
        player(name, parent)
    end
  end
end
parent = self()
ping = spawn(fn -> PingPong.player(:ping, parent) end)
pong = spawn(fn -> PingPong.player(:pong, parent) end)
send(ping, {10, pong})
receive do
  {:finished_by, who} -> IO.inspect(who, label: "finished by")
end
send(ping, {7, pong})
receive do
  {:finished_by, who} -> IO.inspect(who, label: "finished by")
end
