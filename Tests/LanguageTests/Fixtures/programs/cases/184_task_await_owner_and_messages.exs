# After await, the task's reply and :DOWN are consumed; the mailbox stays clean.
t = Task.async(fn -> :value end)
Process.sleep(50)
IO.inspect(Process.info(self(), :message_queue_len))
IO.inspect(Task.await(t))
IO.inspect(Process.info(self(), :message_queue_len))
t2 = Task.async(fn -> :ignored end)
IO.inspect(Task.yield(t2, 500))
IO.inspect(Process.info(self(), :message_queue_len))
