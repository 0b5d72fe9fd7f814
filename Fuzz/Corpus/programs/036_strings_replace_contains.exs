# Searching and replacing.
s = "the cat sat on the mat"
IO.inspect(String.replace(s, "at", "og"))
IO.inspect(String.replace(s, "the", "a", global: false))
IO.inspect(String.contains?(s, "sat"))
IO.inspect(String.contains?(s, ["dog", "mat"]))
IO.inspect(String.starts_with?(s, "the"))
IO.inspect(String.starts_with?(s, ["a", "t"]))
IO.inspect(String.ends_with?(s, "mat"))
IO.inspect(String.replace_prefix("foo.ex", "foo", "bar"))
IO.inspect(String.replace_suffix("foo.ex", ".ex", ".exs"))
IO.inspect(String.replace("aaa", "a", fn a -> a <> "!" end))
