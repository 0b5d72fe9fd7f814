# unquote outside quote is a compile error
x = 1
IO.puts("never printed")
unquote(x)
