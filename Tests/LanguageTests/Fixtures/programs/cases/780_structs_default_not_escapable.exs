# a defstruct default must be a value Elixir can escape into code: a reference is not
defmodule Tagged do
  defstruct name: "x", ref: make_ref()
end

IO.puts("never")
