d = ~D[2024-07-04]
t = ~T[09:05:00]
IO.puts("Meeting on #{d} at #{t}")
IO.puts(to_string(~N[2024-07-04 09:05:00.25]))
IO.puts(Enum.join([~D[2024-01-01], ~D[2024-01-02]], ", "))
IO.puts(Enum.map_join(Date.range(~D[2024-01-01], ~D[2024-01-03]), " | ", &Date.to_string/1))
IO.inspect(String.Chars.to_string(~U[2024-07-04 09:05:00Z]))
IO.inspect("#{~U[2024-07-04 09:05:00.123Z]}")
IO.inspect(Kernel.to_string(t) <> "!")
