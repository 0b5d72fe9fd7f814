# = binds on the left and checks on the right; variables can be rebound.
x = 1
IO.inspect(x)
1 = x
x = 2
IO.inspect(x)
{a, b, c} = {:one, "two", 3.0}
IO.inspect([a, b, c])
{_, second} = {:ignored, :kept}
IO.inspect(second)
[first | _] = [10, 20, 30]
IO.inspect(first)
result = {:ok, value} = {:ok, 99}
IO.inspect({result, value})
{same, same} = {7, 7}
IO.inspect(same)
