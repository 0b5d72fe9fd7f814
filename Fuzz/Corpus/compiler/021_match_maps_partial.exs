# Map patterns match a subset of keys; %{} matches any map.
%{a: a} = %{a: 1, b: 2, c: 3}
IO.inspect(a)
%{} = %{anything: true}
IO.puts("%{} matches any map")
m = %{"k" => 1, :k => 2, 3 => :three}
%{"k" => s, :k => atom, 3 => n} = m
IO.inspect({s, atom, n})
check = fn
  %{status: :active} -> "active"
  %{status: other} -> "status #{other}"
  %{} -> "no status"
end
IO.puts(check.(%{status: :active, id: 1}))
IO.puts(check.(%{status: :banned}))
IO.puts(check.(%{id: 2}))
