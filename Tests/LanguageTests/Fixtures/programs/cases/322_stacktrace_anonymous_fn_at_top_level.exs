# A function defined at a script's top level is an anonymous fn in :elixir_compiler_0.__FILE__/1.
parse = fn text ->
  n = String.to_integer(text)
  n * 2
end

IO.puts(parse.("21"))
IO.puts(parse.("x"))
IO.puts("never printed")
