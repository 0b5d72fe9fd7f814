# An await timeout exits the caller; uncaught it ends the script.
IO.puts("awaiting a slow task with a 50 ms timeout")
task = Task.async(fn -> Process.sleep(2000) end)
Task.await(task, 50)
IO.puts("never printed")
