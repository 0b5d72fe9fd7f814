# Process.send_after delivers later; cancel_timer stops it.
ref = Process.send_after(self(), :later, 30)
IO.inspect(is_reference(ref))
receive do
  :later -> IO.puts("got :later")
after
  1000 -> IO.puts("timer did not fire")
end
ref2 = Process.send_after(self(), :cancelled, 500)
left = Process.cancel_timer(ref2)
IO.inspect(is_integer(left) and left > 0 and left <= 500)
receive do
  :cancelled -> IO.puts("should not arrive")
after
  50 -> IO.puts("cancelled timer stayed silent")
end
IO.inspect(Process.cancel_timer(ref2))
ref3 = Process.send_after(self(), :fired, 0)
Process.sleep(20)
IO.inspect(Process.cancel_timer(ref3))
receive do
  :fired -> IO.puts("fired before cancel")
end
