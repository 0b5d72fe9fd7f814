# length counts graphemes, byte_size counts bytes.
for s <- ["hello", "héllo", "日本語", "", "e\u0301"] do
  IO.inspect({s, String.length(s), byte_size(s)})
end
IO.inspect(String.graphemes("héllo"))
IO.inspect(String.codepoints("e\u0301"))
IO.inspect(String.graphemes("e\u0301"))
IO.inspect(String.at("héllo", 1))
IO.inspect(String.at("abc", 10))
IO.inspect(String.at("abc", -1))
