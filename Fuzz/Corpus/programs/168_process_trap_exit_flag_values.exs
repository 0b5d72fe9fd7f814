# Process.flag returns the previous value; a trapping process turns signals into messages.
IO.inspect(Process.flag(:trap_exit, true))
IO.inspect(Process.flag(:trap_exit, true))
Process.exit(self(), :please_stop)
receive do
  {:EXIT, from, reason} -> IO.inspect({from == self(), reason})
end
IO.inspect(Process.flag(:trap_exit, false))
IO.inspect(Process.info(self(), :trap_exit))
