IO.inspect(Regex.replace(~r/a(b|d)c/, "abcadc", fn _, x -> "[#{x}]" end))
IO.inspect(Regex.replace(~r/\d+/, "a1b22c333", fn m -> String.duplicate("#", String.length(m)) end))
IO.inspect(Regex.replace(~r/(a)(x)?/, "a", fn whole, a, x, extra -> inspect({whole, a, x, extra}) end))
IO.inspect(Regex.replace(~r/o/, "foo boo", fn -> "0" end))
