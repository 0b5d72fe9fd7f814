# defprotocol with implementations for built-in types, for: [A, B], and impl_for/1.
defprotocol Size do
  @doc "How big a value is."
  def size(data)
end

defimpl Size, for: BitString do
  def size(text), do: byte_size(text)
end

defimpl Size, for: [List, Tuple] do
  def size(list) when is_list(list), do: length(list)
  def size(tuple), do: tuple_size(tuple)
end

defimpl Size, for: Map do
  def size(map), do: map_size(map)
end

defimpl Size, for: Integer do
  def size(n), do: n |> Integer.digits() |> length()
end

IO.inspect(Size.size("hello"))
IO.inspect(Size.size([1, 2, 3]))
IO.inspect(Size.size({:a, :b}))
IO.inspect(Size.size(%{a: 1, b: 2}))
IO.inspect(Size.size(12345))
IO.inspect(Size.impl_for([]))
IO.inspect(Size.impl_for(:atom))
IO.inspect(Size.impl_for!("x"))
IO.inspect(Size.__protocol__(:functions))
IO.inspect(Size.Tuple.__impl__(:for))
IO.inspect(Size.List.__impl__(:protocol))
IO.inspect(Enum.map(["ab", [1], {1, 2, 3}], &Size.size/1))
