# Ranges: bounds, membership, size and printing.
r = 1..5
IO.inspect(r)
IO.inspect(Enum.to_list(r))
IO.inspect(r.first)
IO.inspect(r.last)
IO.inspect(Enum.count(r))
IO.inspect(Range.size(10..1))
IO.inspect(Enum.to_list(5..1))
IO.inspect(Enum.to_list(-2..2))
IO.inspect(3 in r)
IO.inspect(is_struct(r, Range))
first..last = 4..9
IO.inspect({first, last})
IO.inspect(Range.disjoint?(1..3, 4..6))
