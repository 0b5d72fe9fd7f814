# Messages around the block boundaries (55, 56, 64, 111, 112, 128 bytes) and iodata input.
for size <- [55, 56, 63, 64, 65, 111, 112, 127, 128, 1000] do
  data = String.duplicate("a", size)
  IO.puts("#{size} #{Base.encode16(:crypto.hash(:md5, data), case: :lower)} #{Base.encode16(:crypto.hash(:sha256, data), case: :lower)}")
  IO.puts("#{size} #{Base.encode16(:crypto.hash(:sha, data), case: :lower)} #{binary_part(Base.encode16(:crypto.hash(:sha512, data), case: :lower), 0, 32)}")
end
IO.puts(Base.encode16(:crypto.hash(:sha256, ["he", ?l, ["l", "o"]])))
IO.puts(Base.encode16(:crypto.hash(:md5, <<0, 255, 128>>)))
