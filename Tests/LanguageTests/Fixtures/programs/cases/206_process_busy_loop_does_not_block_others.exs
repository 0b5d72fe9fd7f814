# A process spinning in an endless loop does not stop others from running.
defmodule Spin do
  def forever(n), do: forever(n + 1)
end
spinner = spawn(fn -> Spin.forever(0) end)
parent = self()
spawn(fn -> send(parent, :other_process_ran) end)
receive do
  :other_process_ran -> IO.puts("another process ran while the spinner spins")
after
  2000 -> IO.puts("starved")
end
IO.inspect(Process.alive?(spinner))
Process.exit(spinner, :kill)
Process.sleep(10)
IO.inspect(Process.alive?(spinner))
