f = fn x -> x
IO.inspect(f)
