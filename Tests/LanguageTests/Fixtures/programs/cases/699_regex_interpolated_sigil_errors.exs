open = "("
IO.puts("before")
try do
  ~r/a#{open}/
rescue
  e -> IO.inspect(e)
end
letters = "x["
IO.inspect(Regex.compile("a" <> letters))
~r/#{letters}/
