x = 1
case x
IO.puts(:after)
