# import of modules defined earlier in the same file (with and without only:).
defmodule Util do
  def double(x), do: x * 2
  def triple(x), do: x * 3
end
defmodule User2 do
  import Util
  def run, do: IO.inspect({double(2), triple(3)})
end
defmodule Util2 do
  import Util, only: [double: 1]
  def run, do: IO.inspect(double(5))
end
User2.run()
Util2.run()
