# A stateful server process with a call-style protocol.
defmodule Stack do
  def start(items), do: spawn(fn -> loop(items) end)

  def push(pid, x), do: send(pid, {:push, x})

  def pop(pid) do
    send(pid, {:pop, self()})
    receive do
      {:popped, x} -> x
    end
  end

  defp loop(items) do
    receive do
      {:push, x} -> loop([x | items])
      {:pop, from} ->
        case items do
          [h | t] -> send(from, {:popped, h}); loop(t)
          [] -> send(from, {:popped, nil}); loop([])
        end
    end
  end
end
s = Stack.start([:base])
Stack.push(s, 1)
Stack.push(s, 2)
IO.inspect(Stack.pop(s))
IO.inspect(Stack.pop(s))
IO.inspect(Stack.pop(s))
IO.inspect(Stack.pop(s))
