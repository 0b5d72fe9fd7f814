# send/2 returns its message whatever the destination: a pid (live or dead), a registered
# name, a binary or a nested message, from a capture, and raises for anything else.
defmodule Echo do
  def loop do
    receive do
      {:echo, from, message} ->
        send(from, {:echoed, message})
        loop()
      :stop -> :ok
    end
  end
end

echo = spawn(&Echo.loop/0)
IO.inspect(send(echo, {:echo, self(), :hello}))
receive do: ({:echoed, message} -> IO.inspect(message))

big = String.duplicate("ab", 5000)
send(echo, {:echo, self(), big})
receive do: ({:echoed, message} -> IO.inspect(byte_size(message)))

IO.inspect(send(self(), "a binary"))
receive do: (text when is_binary(text) -> IO.inspect(text))

nested = %{list: [1, {2, 3}], tuple: {:a, [b: 1]}}
send(self(), nested)
receive do: (message -> IO.inspect(message == nested))

Process.register(echo, :echo)
IO.inspect(send(:echo, {:echo, self(), :by_name}))
receive do: ({:echoed, message} -> IO.inspect(message))

sender = &send/2
IO.inspect(sender)
IO.inspect(sender == &Kernel.send/2)
IO.inspect(sender.(self(), :captured))
receive do: (message -> IO.inspect(message))

IO.inspect(Enum.map([1, 2, 3], &send(self(), &1)))
IO.inspect(Process.info(self(), :message_queue_len))

ref = Process.monitor(echo)
send(echo, :stop)
receive do: ({:DOWN, ^ref, :process, _, reason} -> IO.inspect(reason))
IO.inspect(send(echo, :to_the_dead))

IO.inspect(Kernel.send(self(), {:kernel, 1}))
receive do: ({:kernel, n} -> IO.inspect(n))

try do
  send(:nobody_here, :hello)
rescue
  error -> IO.inspect(error)
end

try do
  send(42, :hello)
rescue
  error -> IO.inspect(error)
end

send(:nobody_here, :fatal)
