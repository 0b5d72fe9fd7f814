# Keyword.fetch! at top level: KeyError lists the keyword list.
opts = [port: 80, host: "local"]
IO.inspect(Keyword.fetch!(opts, :port))
IO.inspect(Keyword.fetch!(opts, :host))
Keyword.fetch!(opts, :scheme)
IO.puts("never printed")
