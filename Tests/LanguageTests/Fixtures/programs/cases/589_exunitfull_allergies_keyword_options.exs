defmodule Allergies do
  import Bitwise

  @allergens ~w(eggs peanuts shellfish strawberries tomatoes chocolate pollen cats)
             |> Enum.with_index()
             |> Enum.map(fn {name, i} -> {name, 1 <<< i} end)

  @spec list(non_neg_integer) :: [String.t()]
  def list(flags), do: for({name, bit} <- @allergens, (flags &&& bit) > 0, do: name)

  @spec allergic_to?(non_neg_integer, String.t()) :: boolean
  def allergic_to?(flags, item), do: item in list(flags)
end

defmodule Opts do
  @defaults [retries: 3, verbose: false, backoff: 100]

  def merge(opts) do
    opts = Keyword.merge(@defaults, opts)
    {verbose, opts} = Keyword.pop(opts, :verbose)
    {verbose, Keyword.validate!(opts, [:retries, :backoff])}
  end

  def show do
    kw = [a: 1, b: 2, a: 3]
    IO.inspect(Keyword.get_values(kw, :a))
    IO.inspect(Keyword.delete(kw, :a))
    IO.inspect(Keyword.keys(kw))
    IO.inspect(Keyword.take(kw, [:b]))
    IO.inspect(Keyword.update(kw, :b, 0, &(&1 * 10)))
    IO.inspect(Keyword.has_key?(kw, :c))
    IO.inspect(Keyword.split(kw, [:a]))
    IO.inspect(Keyword.fetch!(kw, :b))
    IO.inspect(Keyword.put_new(kw, :c, 9))
    IO.inspect(Keyword.to_list(kw) |> Keyword.keyword?())
  end
end

ExUnit.start(seed: 0)

defmodule AllergiesTest do
  use ExUnit.Case

  test "list" do
    assert Allergies.list(5) == ["eggs", "shellfish"]
    assert Allergies.list(257) == ["eggs"]
    assert Allergies.allergic_to?(255, "cats")
  end

  test "opts" do
    assert Opts.merge(retries: 5) == {false, [retries: 5, backoff: 100]}
    Opts.show()
  end

  test "validate fails" do
    Opts.merge(color: :red)
  end

  test "fetch! fails" do
    Keyword.fetch!([a: 1], :b)
  end
end
