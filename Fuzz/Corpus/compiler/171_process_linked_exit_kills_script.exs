# A linked process exiting with a non-normal reason takes the script down.
IO.puts("linking to a process that will exit(:fatal)")
spawn_link(fn ->
  Process.sleep(20)
  exit(:fatal)
end)
Process.sleep(1000)
IO.puts("never printed")
