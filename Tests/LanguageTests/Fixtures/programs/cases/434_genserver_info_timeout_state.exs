defmodule Ticker do
  use GenServer
  def init(parent), do: {:ok, {parent, 0}, 20}
  def handle_info(:timeout, {parent, n}) when n < 3 do
    send(parent, {:tick, n})
    {:noreply, {parent, n + 1}, 20}
  end
  def handle_info(:timeout, {parent, n}) do
    send(parent, :done)
    {:noreply, {parent, n}}
  end
end
{:ok, _} = GenServer.start_link(Ticker, self())
for _ <- 1..4 do
  receive do
    msg -> IO.inspect(msg)
  end
end
