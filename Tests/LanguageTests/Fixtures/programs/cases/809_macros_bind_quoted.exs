# bind_quoted binds values as variables of the quote
IO.inspect(quote bind_quoted: [a: 1] do
  a + 1
end)
value = {1, 2}
IO.inspect(quote(bind_quoted: [v: value], do: v))
