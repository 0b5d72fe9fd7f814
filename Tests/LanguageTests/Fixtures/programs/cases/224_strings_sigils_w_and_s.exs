# ~w word lists with modifiers, ~s and ~c sigils.
IO.inspect(~w(alpha beta gamma))
IO.inspect(~w(alpha beta gamma)a)
IO.inspect(~w(alpha beta)c)
IO.inspect(~w[a b]s)
IO.inspect(~s{braces "and" quotes})
IO.inspect(~c(charlist sigil))
IO.inspect(~S"no #{interpolation} \n here")
x = 2
IO.inspect(~s(x is #{x}))
IO.inspect(~w(#{x} y))
