# catch with kinds: :exit, :error, :throw.
classify = fn f ->
  try do
    f.()
  catch
    :exit, reason -> {:exit, reason}
    :error, reason -> {:error, reason}
    :throw, value -> {:throw, value}
  end
end
IO.inspect(classify.(fn -> exit(:shutdown) end))
IO.inspect(classify.(fn -> exit({:shutdown, :custom}) end))
IO.inspect(classify.(fn -> :erlang.error(:badarg) end))
IO.inspect(classify.(fn -> raise "as error" end))
IO.inspect(classify.(fn -> throw(:t) end))
IO.inspect(classify.(fn -> Enum.fetch!([], 0) end))
