# on_exit: callbacks that run when a test's body has finished.
defmodule ExUnit.Callbacks do
  # The callbacks run, last registered first, when the test's body has finished (see
  # ExUnit.Runner.exec_test/4); one registered again under the same name replaces the earlier.
  def on_exit(callback) when is_function(callback, 0), do: on_exit(make_ref(), callback)

  def on_exit(name, callback) when is_function(callback, 0) do
    callbacks = Process.get(:"$proctor_on_exit") || []
    Process.put(:"$proctor_on_exit", [{name, callback} | List.keydelete(callbacks, name, 0)])
    :ok
  end
end
