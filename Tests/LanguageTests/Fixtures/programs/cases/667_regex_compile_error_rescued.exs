try do
  Regex.compile!("[a-")
rescue
  e in Regex.CompileError -> IO.inspect(e.message)
end
pattern = "a" <> "("
try do
  Regex.compile!(pattern)
rescue
  e -> IO.inspect(e)
end
