{:ok, tref} = :timer.send_after(30, :first)
{:ok, tref2} = :timer.send_after(10, self(), :second)
IO.inspect(:timer.cancel(tref))
receive do
  msg -> IO.inspect(msg)
end
receive do
  msg -> IO.inspect(msg)
after
  50 -> IO.puts("nothing else")
end
IO.inspect(:timer.cancel(tref2))
