# Tests ended by a linked process (EXIT from, with the crashed process's stack), by exit/1,
# by throw, and by a Task.await that times out.
ExUnit.start(seed: 0)

defmodule Worker do
  def run(n), do: raise(ArgumentError, "bad #{n}")
end

defmodule ExitsTest do
  use ExUnit.Case

  test "a linked process exits" do
    spawn_link(fn -> exit(:boom) end)
    Process.sleep(100)
  end

  test "a linked process raises deeper down" do
    spawn_link(fn -> Worker.run(0) end)
    Process.sleep(100)
  end

  test "the test exits" do
    exit(:shutdown_now)
  end

  test "the test throws" do
    throw :ball
  end

  test "Task.await times out" do
    task = Task.async(fn -> Process.sleep(1000) end)
    Task.await(task, 10)
  end
end
