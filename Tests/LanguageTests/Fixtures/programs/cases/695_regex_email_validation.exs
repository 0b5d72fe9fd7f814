email = ~r/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/
for e <- ["a@b.co", "first.last+tag@example.org", "no-at.example", "x@y", "a@b.c.d"] do
  IO.puts("#{e}: #{Regex.match?(email, e)}")
end
