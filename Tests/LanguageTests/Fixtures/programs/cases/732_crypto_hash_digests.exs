# :crypto.hash for each digest proctor has, printed as Base.encode16.
for type <- [:md5, :sha, :sha224, :sha256, :sha384, :sha512] do
  IO.puts("#{type} #{Base.encode16(:crypto.hash(type, "hello"), case: :lower)}")
end
IO.puts(Base.encode16(:crypto.hash(:sha256, "")))
IO.puts(Base.encode16(:crypto.hash(:md5, "")))
IO.puts(Base.encode16(:crypto.hash(:sha, "The quick brown fox jumps over the lazy dog")))
IO.inspect(byte_size(:crypto.hash(:sha512, "x")))
