# Interpolation calls to_string on any String.Chars value and nests expressions.
name = "Ada"
n = 3
IO.puts("#{name} has #{n} cats")
IO.puts("next year: #{n + 1}, upcased: #{String.upcase(name)}")
IO.puts("atom #{:ok}, float #{2.5}, charlist #{'xyz'}")
IO.puts("nested #{"inner #{n * 2}"}")
IO.puts("escaped \#{not interpolated}")
IO.puts("tab:\tnewline escape shown by inspect")
IO.inspect("line1\nline2\t\"quoted\"")
IO.puts(~s(sigil with "quotes" and #{n}))
IO.puts(~S(raw sigil #{n} \n))
