# Binary patterns: prefixes with <>, and fixed-size segments.
"Hello " <> name = "Hello Grace"
IO.inspect(name)
route = fn
  "/users/" <> id -> {:user, id}
  "/" -> :root
  _ -> :not_found
end
IO.inspect(Enum.map(["/users/7", "/", "/x"], route))
<<first::binary-size(2), rest::binary>> = "abcdef"
IO.inspect({first, rest})
<<n::8, _::binary>> = "A"
IO.inspect(n)
