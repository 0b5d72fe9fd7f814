# x[key: v] looks up the keyword list [key: v] as a key.
m = %{[key: 1] => :found, [a: 1, b: 2] => :pair}
IO.inspect(m[key: 1])
IO.inspect(m[a: 1, b: 2])
IO.inspect(m[key: 2])
IO.inspect(m[[key: 1]])
kw = [a: 1]
kw[a: 1]
