# Code.string_to_quoted parses source into quoted form with lines
IO.inspect(Code.string_to_quoted("1 + 2"))
IO.inspect(Code.string_to_quoted("foo(x)"))
IO.inspect(Code.string_to_quoted("[1, :a]"))
{:ok, ast} = Code.string_to_quoted("a * (b + c)")
IO.puts(Macro.to_string(ast))
