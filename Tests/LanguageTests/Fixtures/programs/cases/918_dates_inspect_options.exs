d = ~D[2024-01-31]
IO.inspect(d, structs: false)
IO.inspect(~T[10:00:00], structs: false)
IO.inspect([d, d, d, d, d, d, d, d], label: "dates")
IO.inspect(Enum.to_list(Date.range(~D[2024-01-01], ~D[2024-01-08])))
IO.inspect({:ok, ~N[2024-01-31 12:00:00.123456]})
IO.puts(inspect(~U[2024-01-31 12:00:00Z]))
IO.puts(inspect(%{dates: [d], time: ~T[00:00:00]}, pretty: true, width: 20))
