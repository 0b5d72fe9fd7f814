IO.inspect(~D[2024-01-01]x)
