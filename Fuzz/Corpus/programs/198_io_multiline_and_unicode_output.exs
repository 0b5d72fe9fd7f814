# Output of multi-line strings, heredocs and Unicode.
IO.puts("line one\nline two")
IO.puts("""
heredoc text
  keeps relative indentation
""")
IO.puts("naïve café — ünïcödé ✓")
IO.puts(String.duplicate("=", 20))
IO.puts(String.pad_leading("right", 10) <> "|")
IO.puts(Enum.map_join(1..3, "\n", &"row #{&1}"))
IO.inspect("""
one
two
""")
