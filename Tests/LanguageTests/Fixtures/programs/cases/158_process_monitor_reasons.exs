# Monitors report the exit reason in a :DOWN message.
defmodule Watch do
  def reason_of(fun) do
    {pid, ref} = spawn_monitor(fun)
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end
end
IO.inspect(Watch.reason_of(fn -> :done end))
IO.inspect(Watch.reason_of(fn -> exit(:custom) end))
IO.inspect(Watch.reason_of(fn -> exit({:error, 1}) end))
IO.inspect(Watch.reason_of(fn -> Process.exit(self(), :kill) end))
IO.inspect(Watch.reason_of(fn -> Process.exit(self(), :normal) end))
