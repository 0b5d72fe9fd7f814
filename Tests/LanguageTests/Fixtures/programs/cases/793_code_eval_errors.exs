# errors inside evaluated code: a syntax error, a raise, a library error
try do
  Code.eval_string("1 +")
rescue
  e -> IO.inspect({e.__struct__ in [SyntaxError, TokenMissingError], e.line})
end

try do
  Code.eval_string("raise \"inside\"")
rescue
  e -> IO.inspect(e)
end

try do
  Code.eval_string("Enum.fetch!([], 3)")
rescue
  e -> IO.inspect(e.__struct__)
end

IO.inspect(Code.eval_string("x + 1", x: 1))
