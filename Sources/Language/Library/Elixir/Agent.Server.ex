# The GenServer callbacks of an Agent: run the given functions on the state.
defmodule Agent.Server do
  def init(fun), do: {:ok, __run__(fun, [])}

  def handle_call({:get, fun}, _from, state), do: {:reply, __run__(fun, [state]), state}
  def handle_call({:update, fun}, _from, state), do: {:reply, :ok, __run__(fun, [state])}
  def handle_call({:get_and_update, fun}, _from, state) do
    case __run__(fun, [state]) do
      {reply, new_state} -> {:reply, reply, new_state}
      other -> {:stop, {:bad_return_value, other}, state}
    end
  end

  def handle_cast({:cast, fun}, state), do: {:noreply, __run__(fun, [state])}

  def __run__({module, fun, args}, extra), do: apply(module, fun, extra ++ args)
  def __run__(fun, []), do: fun.()
  def __run__(fun, [state]), do: fun.(state)
end
