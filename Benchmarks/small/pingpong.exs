# Two processes send a message back and forth 5,000 times.
defmodule PingPong do
  def pong do
    receive do
      {:ping, from} ->
        send(from, :pong)
        pong()
      :stop -> :ok
    end
  end

  def ping(_pong, 0), do: :ok
  def ping(pong, n) do
    send(pong, {:ping, self()})
    receive do
      :pong -> ping(pong, n - 1)
    end
  end
end

rounds = 5_000
pong = spawn(&PingPong.pong/0)
{microseconds, :ok} = :timer.tc(fn -> PingPong.ping(pong, rounds) end)
send(pong, :stop)
IO.puts("pingpong_round_trips_per_second #{round(rounds / microseconds * 1_000_000)}")
