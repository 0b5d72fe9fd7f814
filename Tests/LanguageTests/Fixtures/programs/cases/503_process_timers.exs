ref = Process.send_after(self(), :later, 100)
left = Process.read_timer(ref)
IO.inspect(is_integer(left) and left <= 100 and left > 50)
left2 = Process.cancel_timer(ref)
IO.inspect(is_integer(left2))
IO.inspect(Process.read_timer(ref))
IO.inspect(Process.cancel_timer(ref))
ref2 = Process.send_after(self(), :now, 0)
receive do
  :now -> IO.puts("now")
end
IO.inspect(Process.cancel_timer(ref2))
Process.register(self(), :me)
Process.send_after(:me, :by_name, 5)
receive do
  :by_name -> IO.puts("by name")
end
