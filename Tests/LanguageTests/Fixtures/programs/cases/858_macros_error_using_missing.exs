# use of a module without __using__
defmodule Plain do
  def hello, do: :hi
end

defmodule Use do
  use Plain
end
