IO.inspect(~N[2024-01-01])
