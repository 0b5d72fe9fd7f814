# after always runs, whether the body returns, raises or throws.
cleanup = fn label, f ->
  try do
    f.()
  after
    IO.puts("cleanup #{label}")
  end
end
IO.inspect(cleanup.("normal", fn -> :result end))
try do
  cleanup.("raise", fn -> raise "boom" end)
rescue
  e -> IO.puts("rescued " <> e.message)
end
try do
  cleanup.("throw", fn -> throw(:ball) end)
catch
  v -> IO.inspect(v, label: "caught")
end
r = try do
  :body
after
  :ignored_after_value
end
IO.inspect(r)
