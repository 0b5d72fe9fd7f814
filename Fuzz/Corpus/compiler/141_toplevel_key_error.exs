# KeyError from m.key on a map that lacks the key.
settings = Map.new([{:volume, 7}, {:theme, "dark"}])
IO.inspect(settings.volume)
IO.inspect(settings.theme)
IO.inspect(settings.language)
IO.puts("never printed")
