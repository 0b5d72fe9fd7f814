# Messages of any type queue up; a helper drains them in arrival order.
defmodule Mailbox do
  def drain(acc \\ []) do
    receive do
      msg -> drain([msg | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end
send(self(), 1)
send(self(), "two")
send(self(), [:three])
send(self(), %{four: 4})
send(self(), {5, :five})
IO.inspect(Process.info(self(), :message_queue_len))
IO.inspect(Mailbox.drain())
IO.inspect(Process.info(self(), :message_queue_len))
IO.inspect(Mailbox.drain())
