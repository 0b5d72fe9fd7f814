IO.inspect(~D[2024-01-01 Calendar.ISO])
IO.inspect(~T[10:00:00 Calendar.ISO])
IO.inspect(~N[2024-01-01 10:00:00 Calendar.ISO])
IO.inspect(~U[2024-01-01 10:00:00Z Calendar.ISO])
