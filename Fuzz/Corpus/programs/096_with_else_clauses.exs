# with ... else handles the first non-matching value.
parse = fn input ->
  with {n, ""} <- Integer.parse(input),
       true <- n > 0 do
    {:ok, n}
  else
    :error -> {:error, :not_a_number}
    {_, rest} -> {:error, {:junk, rest}}
    false -> {:error, :not_positive}
  end
end
IO.inspect(parse.("42"))
IO.inspect(parse.("abc"))
IO.inspect(parse.("7up"))
IO.inspect(parse.("-3"))
