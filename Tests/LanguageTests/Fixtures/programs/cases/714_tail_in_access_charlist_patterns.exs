# Kernel.in/2 called remotely, keyword and nested access, charlists in patterns (~c and ++).
IO.inspect(Kernel.in(2, [1, 2]))
IO.inspect(Enum.filter([1, 5, 9], &Kernel.in(&1, 2..6)))
kw = [a: 1, b: 2]
IO.inspect(kw[:b])
IO.inspect([key: "v"][:key])
m = %{a: %{b: 1}}
IO.inspect(m[:a][:b])
case ~c"hello" do
  ~c"hel" ++ rest -> IO.inspect(rest)
end
f = fn ~c"ab" -> :yes; _ -> :no end
IO.inspect({f.(~c"ab"), f.(~c"x")})
