# Base 64 of arbitrary bytes, standard and URL-safe, with and without padding.
bytes = for n <- 0..255, into: <<>>, do: <<n>>
encoded = Base.encode64(bytes)
IO.puts(binary_part(encoded, 0, 40))
IO.inspect(byte_size(encoded))
IO.inspect(Base.decode64!(encoded) == bytes)
url = Base.url_encode64(bytes, padding: false)
IO.inspect(String.contains?(url, ["+", "/", "="]))
IO.inspect(Base.url_decode64!(url, padding: false) == bytes)
IO.inspect(Base.url_decode64(url))
IO.inspect(Base.encode16(binary_part(bytes, 250, 6), case: :lower))
