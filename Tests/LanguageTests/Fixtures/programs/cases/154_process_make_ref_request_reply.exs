# make_ref correlates requests with replies; stale replies stay unmatched.
defmodule Echo do
  def start do
    spawn(fn -> loop() end)
  end
  defp loop do
    receive do
      {from, ref, msg} -> send(from, {ref, {:echo, msg}}); loop()
    end
  end
  def call(pid, msg) do
    ref = make_ref()
    send(pid, {self(), ref, msg})
    receive do
      {^ref, reply} -> reply
    after
      1000 -> :timeout
    end
  end
end
e = Echo.start()
send(self(), {make_ref(), :stale_reply})
IO.inspect(Echo.call(e, "hi"))
IO.inspect(Echo.call(e, [1, 2]))
IO.inspect(is_reference(make_ref()))
IO.inspect(make_ref() == make_ref())
IO.inspect(Process.info(self(), :message_queue_len))
