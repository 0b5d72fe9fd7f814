defmodule Counter do
  def loop(n) do
    receive do
      {:get, from} -> send(from, {:v1, n}); loop(n + 1)
      :upgrade -> Counter.loop(n)
    end
  end

  def version, do: :v1
  def maker, do: fn -> version() end
end

pid = spawn(fn -> Counter.loop(0) end)
old_fun = Counter.maker()

defmodule Counter do
  def loop(n) do
    receive do
      {:get, from} -> send(from, {:v2, n}); loop(n + 100)
      :upgrade -> Counter.loop(n)
    end
  end

  def version, do: :v2
  def maker, do: fn -> version() end
end

ask = fn ->
  send(pid, {:get, self()})
  receive do
    reply -> reply
  end
end

IO.inspect(ask.())
IO.inspect(ask.())
send(pid, :upgrade)
IO.inspect(ask.())
IO.inspect(ask.())
IO.inspect({old_fun.(), Counter.maker().(), Counter.version()})
