defmodule Worker do
  def run(tag) do
    receive do
      {:get, from} -> send(from, {tag, :v1}); run(tag)
      :upgrade -> Worker.run(tag)
    end
  end

  def maker, do: fn -> :made_by_v1 end
  def capture, do: &Worker.label/0
  def label, do: :v1
end

stuck = spawn(fn -> Worker.run(:stuck) end)
moved = spawn(fn -> Worker.run(:moved) end)
stuck_ref = Process.monitor(stuck)
old_fun = Worker.maker()
remote = Worker.capture()

defmodule Worker do
  def run(tag) do
    receive do
      {:get, from} -> send(from, {tag, :v2}); run(tag)
      :upgrade -> Worker.run(tag)
    end
  end

  def label, do: :v2
end

send(moved, :upgrade)
send(moved, {:get, self()})
receive do: (reply -> IO.inspect(reply))
IO.inspect({old_fun.(), remote.()})

defmodule Worker do
  def label, do: :v3
end

receive do
  {:DOWN, ^stuck_ref, :process, _, reason} -> IO.inspect({:stuck_down, reason})
after
  1000 -> IO.puts("stuck still running")
end

IO.inspect({Process.alive?(moved), remote.()})

try do
  old_fun.()
rescue
  e in BadFunctionError -> IO.puts("old fun: " <> Exception.message(e))
end
