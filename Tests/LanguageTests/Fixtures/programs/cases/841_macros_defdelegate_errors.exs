# a delegated function that does not exist fails when called
defmodule Impl do
  def present(x), do: x
end

defmodule Api do
  defdelegate missing(x), to: Impl, as: :absent
  defdelegate present(x), to: Impl
end

IO.inspect(Api.present(1))
Api.missing(1)
