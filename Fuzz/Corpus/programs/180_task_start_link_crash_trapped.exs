# A crashing Task.start_link is logged and, when trapping, arrives as an :EXIT message.
Process.flag(:trap_exit, true)
{:ok, pid} = Task.start_link(fn -> raise ArgumentError, "bad task input" end)
reason =
  receive do
    {:EXIT, ^pid, {%ArgumentError{message: msg}, _stack}} -> msg
  end
Process.sleep(100)
IO.inspect(reason, label: "task failed with")
