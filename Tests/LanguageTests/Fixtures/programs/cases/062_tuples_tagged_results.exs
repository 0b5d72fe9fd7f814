# Tagged tuples as results.
parse = fn s ->
  case Integer.parse(s) do
    {n, ""} -> {:ok, n}
    {_, rest} -> {:error, {:trailing, rest}}
    :error -> {:error, :not_a_number}
  end
end
IO.inspect(Enum.map(["12", "3a", "x"], parse))
{oks, errors} = Enum.split_with(Enum.map(["1", "b", "2"], parse), &match?({:ok, _}, &1))
IO.inspect(oks)
IO.inspect(length(errors))
