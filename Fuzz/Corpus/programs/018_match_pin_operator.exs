# ^ uses a variable's value instead of rebinding it.
expected = :ok
{^expected, data} = {:ok, "payload"}
IO.inspect(data)
r =
  case {:error, "x"} do
    {^expected, _} -> :was_ok
    {other, _} -> {:was, other}
  end
IO.inspect(r)
key = "name"
%{^key => name} = %{"name" => "Ada", "age" => 36}
IO.inspect(name)
n = 3
f = fn
  ^n -> :three
  _ -> :other
end
IO.inspect({f.(3), f.(4)})
try do
  ^n = 4
rescue
  e in MatchError -> IO.inspect(e.term, label: "unmatched")
end
