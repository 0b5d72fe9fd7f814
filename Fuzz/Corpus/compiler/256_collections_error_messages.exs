# Errors raised by Map, Keyword, Enum and struct helpers.
m = Map.new(a: 1)
try do Map.replace!(m, :b, 2) rescue e -> IO.puts(Exception.message(e)) end
try do Map.update!(m, :b, & &1) rescue e -> IO.puts(Exception.message(e)) end
try do Map.pop!(m, :b) rescue e -> IO.puts(Exception.message(e)) end
try do Keyword.update!([a: 1], :b, & &1) rescue e -> IO.puts(Exception.message(e)) end
try do struct(Nope, a: 1) rescue e -> IO.puts(Exception.message(e)) end
try do Enum.at(:x, 1) rescue e -> IO.puts(Exception.message(e)) end
try do Map.get(:x, 1) rescue e -> IO.puts(Exception.message(e)) end
try do Map.new(5) rescue e -> IO.puts(Exception.message(e)) end
try do Enum.into([1], %{}) rescue e -> IO.puts(Exception.message(e)) end
try do Keyword.keys(5) rescue e -> IO.puts(Exception.message(e)) end
try do Enum.chunk_every([1], 0) rescue e -> IO.puts(Exception.message(e)) end
