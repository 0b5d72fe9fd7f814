# The String.Chars protocol: `to_string/1` and string interpolation. Built-in types (and structs
# without an implementation, which raise Protocol.UndefinedError) use `String.Chars.Any`.
defprotocol String.Chars do
  @fallback_to_any true
  def to_string(term)
end
