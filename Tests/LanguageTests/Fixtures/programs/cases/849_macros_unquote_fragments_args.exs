# unquote fragments with arguments and guards
defmodule Ops do
  for {name, op} <- [add: :+, sub: :-, mul: :*] do
    def unquote(name)(a, b), do: apply(Kernel, unquote(op), [a, b])
  end
end

IO.inspect({Ops.add(6, 3), Ops.sub(6, 3), Ops.mul(6, 3)})
