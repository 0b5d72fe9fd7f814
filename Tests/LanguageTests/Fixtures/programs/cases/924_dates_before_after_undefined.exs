IO.inspect(function_exported?(Date, :compare, 2))
IO.inspect(function_exported?(Date, :before?, 2))
IO.inspect(function_exported?(DateTime, :after?, 2))
IO.inspect(Date.compare(~D[2024-01-01], ~D[2024-01-02]) == :lt)
try do
  apply(Date, :before?, [~D[2024-01-01], ~D[2024-01-02]])
rescue
  e in UndefinedFunctionError -> IO.puts(Exception.message(e))
end
IO.inspect(Date.compare(~D[2024-01-02], ~D[2024-01-01]) == :gt)
