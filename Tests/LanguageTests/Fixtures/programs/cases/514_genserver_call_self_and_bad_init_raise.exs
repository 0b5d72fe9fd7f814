defmodule Raiser do
  use GenServer
  def init(_), do: raise("init failed")
end
IO.inspect(GenServer.start(Raiser, nil) |> elem(0))
Process.sleep(20)
