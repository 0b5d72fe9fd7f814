# Keyword.fetch! at top level: KeyError lists the keyword list.
opts = [port: 80, host: "local"]
IO.inspect(Keyword.fetch!(opts, :port))
Keyword.fetch!(opts, :scheme)
