# Hashing a megabyte: the digest of a large binary, computed within the time budget.
data = String.duplicate("0123456789abcdef", 65_536)
IO.inspect(byte_size(data))
IO.puts(Base.encode16(:crypto.hash(:sha256, data), case: :lower))
IO.puts(Base.encode16(:crypto.hash(:md5, data), case: :lower))
IO.puts(Base.encode16(:crypto.hash(:sha, data), case: :lower))
