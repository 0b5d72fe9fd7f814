source = "a(b"
IO.puts("before")
Regex.compile!(source, "i")
