# with inside a module, mapping each failure to its own error.
defmodule Signup do
  def register(params) do
    with {:ok, name} <- fetch(params, "name"),
         {:ok, age} <- fetch(params, "age"),
         {age, ""} <- Integer.parse(age),
         :ok <- check_age(age) do
      {:ok, %{name: name, age: age}}
    else
      {:missing, key} -> {:error, "#{key} is required"}
      {:too_young, age} -> {:error, "#{age} is too young"}
      _ -> {:error, "age must be a number"}
    end
  end

  defp fetch(params, key) do
    case Map.fetch(params, key) do
      {:ok, v} -> {:ok, v}
      :error -> {:missing, key}
    end
  end

  defp check_age(age) when age >= 13, do: :ok
  defp check_age(age), do: {:too_young, age}
end
IO.inspect(Signup.register(%{"name" => "Al", "age" => "30"}))
IO.inspect(Signup.register(%{"age" => "30"}))
IO.inspect(Signup.register(%{"name" => "Al", "age" => "ten"}))
IO.inspect(Signup.register(%{"name" => "Al", "age" => "9"}))
