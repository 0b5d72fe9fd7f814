def f(x), do: x
