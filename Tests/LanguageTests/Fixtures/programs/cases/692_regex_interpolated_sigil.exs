word = "wor"
IO.inspect(Regex.run(~r/#{word}ld/, "hello world"))
n = 3
IO.inspect(Regex.run(~r/\d{#{n}}/, "12345"))
IO.inspect(~r/#{word}/i)
IO.inspect(Regex.match?(~r/^#{Regex.escape("1+1")}$/, "1+1"))
