# Code.eval_string/1,2,3 evaluates code with a binding and returns {value, binding}
IO.inspect(Code.eval_string("1 + 2"))
IO.inspect(Code.eval_string("a + b", a: 1, b: 2))
IO.inspect(Code.eval_string("c = a * 10; d = c + 1", [a: 4]))
IO.inspect(Code.eval_string("z = 1; m = 2; a2 = 3", [q: 0, b: 9]))
IO.inspect(Code.eval_string("q = 5", [q: 0, b: 9]))
IO.inspect(Code.eval_string("x", [x: 1, x: 2]))
{value, binding} = Code.eval_string("Enum.map(list, fn x -> x * 2 end)", list: [1, 2, 3])
IO.inspect({value, binding})
IO.inspect(Code.eval_string("x", [x: 1], file: "nofile"))
IO.inspect(Code.eval_string("String.upcase(\"ok\")"))
IO.inspect(Code.eval_string("{a, b} = {1, 2}\na + b"))
IO.inspect(Code.eval_string("_ = 1"))
IO.inspect(Code.eval_string("fn x -> x * y end", y: 3) |> elem(0) |> then(& &1.(2)))

defmodule Calc do
  def run(expr, n), do: elem(Code.eval_string(expr, n: n), 0)
end

IO.inspect(Enum.map(1..4, &Calc.run("n * n + 1", &1)))
