# Case conversion, including non-ASCII letters.
IO.inspect(String.upcase("hello world"))
IO.inspect(String.downcase("HeLLo"))
IO.inspect(String.capitalize("élan VITAL"))
IO.inspect(String.upcase("straße"))
IO.inspect(String.downcase("ÀÉÎ"))
IO.inspect(String.capitalize(""))
IO.inspect(String.upcase("123 abc!"))
