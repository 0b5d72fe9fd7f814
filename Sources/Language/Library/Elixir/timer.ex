# Erlang's :timer: tc to time a function, sleep, one-shot and interval timers that send a message or
# apply a function (run by a process of their own, as the BEAM's timer server does), cancel, unit helpers.
defmodule :timer do
  def tc(fun) do
    started = System.monotonic_time(:microsecond)
    value = fun.()
    {System.monotonic_time(:microsecond) - started, value}
  end

  def tc(module, function, arguments) do
    started = System.monotonic_time(:microsecond)
    value = apply(module, function, arguments)
    {System.monotonic_time(:microsecond) - started, value}
  end

  def sleep(milliseconds), do: Process.sleep(milliseconds)

  def send_after(time, message), do: send_after(time, self(), message)
  def send_after(time, destination, message) when is_integer(time) and time >= 0 do
    {:ok, {:once, Process.send_after(destination, message, time)}}
  end
  def send_after(_time, _destination, _message), do: {:error, :badarg}

  def apply_after(time, module, function, arguments) when is_integer(time) and time >= 0 do
    {:ok, {:apply, spawn(fn -> :timer.__apply_later__(time, module, function, arguments) end)}}
  end
  def apply_after(_time, _module, _function, _arguments), do: {:error, :badarg}

  def send_interval(time, message), do: send_interval(time, self(), message)
  def send_interval(time, destination, message) when is_integer(time) and time >= 0 do
    {:ok, {:interval, spawn(fn -> :timer.__interval__(time, destination, message) end)}}
  end
  def send_interval(_time, _destination, _message), do: {:error, :badarg}

  def apply_interval(time, module, function, arguments) when is_integer(time) and time >= 0 do
    {:ok, {:interval, spawn(fn -> :timer.__apply_repeatedly__(time, module, function, arguments) end)}}
  end

  def cancel({:once, ref}) do
    Process.cancel_timer(ref)
    {:ok, :cancel}
  end
  def cancel({kind, pid}) when kind in [:apply, :interval] and is_pid(pid) do
    Process.exit(pid, :kill)
    {:ok, :cancel}
  end
  def cancel(_), do: {:error, :badarg}

  def __apply_later__(time, module, function, arguments) do
    receive do
    after
      time -> apply(module, function, arguments)
    end
  end

  def __interval__(time, destination, message) do
    if is_pid(destination), do: Process.monitor(destination)
    __repeat__(time, fn -> send(destination, message) end)
  end

  def __apply_repeatedly__(time, module, function, arguments) do
    __repeat__(time, fn -> spawn(fn -> apply(module, function, arguments) end) end)
  end

  def __repeat__(time, action) do
    receive do
      {:DOWN, _, :process, _, _} -> :ok
    after
      time ->
        action.()
        __repeat__(time, action)
    end
  end

  def seconds(n), do: n * 1000
  def minutes(n), do: n * 60 * 1000
  def hours(n), do: n * 60 * 60 * 1000
  def hms(h, m, s), do: hours(h) + minutes(m) + seconds(s)
end
