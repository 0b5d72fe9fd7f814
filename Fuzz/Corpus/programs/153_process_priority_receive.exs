# Handling urgent messages first with nested receive and after 0.
defmodule Prio do
  def next do
    receive do
      {:urgent, m} -> m
    after
      0 ->
        receive do
          {_, m} -> m
        end
    end
  end
end
send(self(), {:normal, "n1"})
send(self(), {:normal, "n2"})
send(self(), {:urgent, "u1"})
send(self(), {:normal, "n3"})
send(self(), {:urgent, "u2"})
IO.inspect(for _ <- 1..5, do: Prio.next())
