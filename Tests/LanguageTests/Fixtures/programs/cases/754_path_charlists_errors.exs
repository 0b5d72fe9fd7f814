# Path functions take charlists as well, and give binaries back; bad arguments raise.
IO.inspect(Path.basename('a/b.txt'))
IO.inspect(Path.extname('a/b.txt'))
IO.inspect(Path.split('x/y'))
IO.inspect(Path.type('/x'))
IO.inspect(Path.expand('/x/../y'))
try do
  Path.join([])
rescue
  e -> IO.inspect(e.__struct__)
end
try do
  Path.basename(:atom)
rescue
  e -> IO.inspect(e.__struct__)
end
