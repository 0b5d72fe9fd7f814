IO.inspect(Regex.replace(~r/a/, "abcadc", "A", global: false))
IO.inspect(Regex.replace(~r/x*/, "abc", "-"))
IO.inspect(Regex.replace(~r/x*/, "abc", "-", global: false))
IO.inspect(Regex.replace(~r/^/m, "one\ntwo", "> "))
