ref = :erlang.send_after(20, self(), :tick)
IO.inspect(is_integer(:erlang.read_timer(ref)))
ref2 = :erlang.start_timer(10, self(), :payload)
receive do
  {:timeout, ^ref2, :payload} -> IO.puts("start_timer fired")
end
receive do
  :tick -> IO.puts("tick")
end
IO.inspect(:erlang.cancel_timer(ref))
