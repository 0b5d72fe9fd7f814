try do
  Regex.run(~r/a/, 'a')
rescue
  e ->
    IO.inspect(e.__struct__)
    IO.puts(Exception.message(e))
end
IO.inspect(Regex.run(~r/a/, List.to_string('a')))
