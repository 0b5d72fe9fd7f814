# A capture of a whole remote function is an external function: shown by name, equal to every
# other capture of it, and Function.info says so; Kernel's inlined functions show their :erlang name.
defmodule Shapes do
  def area({:square, side}), do: side * side
  def remote, do: &Shapes.area/1
  def anonymous, do: fn x -> x end
end
IO.inspect(&String.upcase/1)
IO.inspect(&String.upcase(&1))
IO.inspect(&Enum.map(&1, &2))
IO.inspect(Shapes.remote())
IO.inspect([&length/1, &Kernel.+/2, &Kernel.<=/2, &Kernel.!==/2, &Kernel.div/2, &(&1 * &2), &self/0])
IO.inspect([&Atom.to_string/1, &Map.keys/1, &Tuple.to_list/1, &Process.alive?/1, &IO.puts/1])
IO.inspect((&String.upcase/1) == (&String.upcase/1))
IO.inspect((&String.upcase/1) == (&String.downcase/1))
IO.inspect(Shapes.remote() == (&Shapes.area/1))
IO.inspect(Function.info(&String.upcase/1))
IO.inspect(Function.info(&length/1, :module))
IO.inspect(Function.info(Shapes.anonymous(), :type))
IO.inspect(:erlang.fun_info(&Enum.map/2, :type))
IO.inspect(Enum.map(["a", "b"], &String.upcase/1))
IO.inspect(is_function(&Enum.map(&2, &1), 2))
IO.inspect(%{f: &Integer.to_string/1})
