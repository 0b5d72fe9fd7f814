# Inspect.Algebra basics: concat, string, glue, nest, group, container_doc with a long list that breaks.
defmodule Stack do
  defstruct items: []

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%Stack{items: items}, opts) do
      container_doc("#Stack<[", items, "]>", opts, fn item, opts -> to_doc(item, opts) end)
    end
  end
end

defmodule Pair do
  defstruct left: nil, right: nil

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%Pair{left: left, right: right}, opts) do
      group(concat([string("<"), nest(glue(to_doc(left, opts), "|", to_doc(right, opts)), 2), ">"]))
    end
  end
end

defmodule Main do
  def run do
    IO.inspect(%Stack{items: [1, 2, 3]})
    IO.inspect(%Stack{items: []})
    IO.inspect(%Stack{items: Enum.to_list(1..40)})
    IO.inspect(%Stack{items: Enum.map(1..12, &String.duplicate("w", &1))})
    IO.inspect(%Pair{left: :a, right: {1, 2}})
    IO.inspect(%Pair{left: String.duplicate("a", 50), right: String.duplicate("b", 40)})
    IO.inspect(%Stack{items: [%Pair{left: 1, right: 2}]})
    doc = Inspect.Algebra.concat(["a", Inspect.Algebra.break(), "b"])
    IO.inspect(Inspect.Algebra.format(doc, 80) |> IO.iodata_to_binary())
    IO.inspect(Inspect.Algebra.format(Inspect.Algebra.group(doc), 1) |> IO.iodata_to_binary())
    IO.inspect(Inspect.Algebra.empty())
    IO.inspect(Inspect.Algebra.concat("x", "y"))
  end
end

Main.run()
