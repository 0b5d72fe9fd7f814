r = ~r/(?<zed>a)(?<alpha>b)(c)/imx
IO.inspect(Regex.names(r))
IO.inspect(Regex.source(r))
IO.inspect(Regex.opts(r))
IO.inspect(r.source)
IO.inspect(Regex.names(~r/x/))
IO.inspect(Regex.regex?(r))
IO.inspect(Regex.regex?("x"))
