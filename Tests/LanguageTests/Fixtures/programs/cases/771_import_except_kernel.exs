# import Kernel, except: lets a module define its own function of a Kernel name.
defmodule Mine do
  import Kernel, except: [length: 1]
  def length(list), do: {:counted, Enum.count(list)}
  def run, do: length([1, 2, 3])
end
IO.inspect(Mine.run())
defmodule Helpers do
  def double(x), do: x * 2
  def triple(x), do: x * 3
end
defmodule Twice do
  import Helpers, only: [double: 1]
  import Helpers, only: [triple: 1]
  def run, do: triple(2)
end
IO.inspect(Twice.run())
