# The exact ArgumentError messages for name problems.
pid = spawn(fn -> Process.sleep(500) end)
Process.register(pid, :taken)
try do
  Process.register(spawn(fn -> :ok end), :taken)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  send(:no_such_name, :hello)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
try do
  Process.unregister(:never_registered)
rescue
  e in ArgumentError -> IO.puts(Exception.message(e))
end
IO.puts("done")
