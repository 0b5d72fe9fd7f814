text = "The quick brown fox jumps over the lazy dog. The dog sleeps."
text
|> String.downcase()
|> then(&Regex.scan(~r/[a-z]+/, &1))
|> List.flatten()
|> Enum.frequencies()
|> Enum.filter(fn {_, n} -> n > 1 end)
|> Enum.sort()
|> IO.inspect()
