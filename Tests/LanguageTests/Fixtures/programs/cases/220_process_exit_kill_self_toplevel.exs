# Killing the script's own process ends the script.
IO.puts("about to kill myself")
Process.sleep(10)
IO.inspect(Process.alive?(self()))
Process.exit(self(), :kill)
IO.puts("never printed")
