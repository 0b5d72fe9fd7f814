# _ and _name ignore values; a repeated variable must match the same value.
{_, _, third} = {1, 2, 3}
IO.inspect(third)
{_unused, kept} = {:skip, :keep}
IO.inspect(kept)
same? = fn
  {x, x} -> true
  {_, _} -> false
end
IO.inspect(same?.({1, 1}))
IO.inspect(same?.({1, 1.0}))
IO.inspect(same?.({[:a], [:a]}))
