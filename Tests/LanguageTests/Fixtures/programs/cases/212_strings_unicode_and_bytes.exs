# Strings are UTF-8 binaries; code points vs bytes.
s = "añb"
IO.inspect(String.to_charlist(s))
IO.inspect(:binary.bin_to_list(s))
IO.inspect(?ñ)
IO.inspect(<<?ñ::utf8>>)
IO.inspect(String.codepoints("👍🏽"))
IO.inspect(String.length("👍🏽"))
IO.inspect(byte_size("👍🏽"))
IO.inspect("\u{1F600}" == "😀")
IO.inspect(String.upcase("ǆ"))
