# Erlang's `:lists`, with its argument order (functions and keys first, the list last);
# `reverse/1,2` and `sort/1` are builtins.
defmodule :lists do
  def sort(fun, list), do: Enum.sort(list, fun)
  def usort(list), do: list |> Enum.sort() |> Enum.dedup()
  def seq(first, last) when first <= last + 1, do: seq(first, last, 1)
  def seq(first, last, step) when step > 0 and first > last, do: []
  def seq(first, last, step) when step < 0 and first < last, do: []
  def seq(first, last, step), do: Enum.to_list(first..last//step)
  def sum(list), do: Enum.sum(list)
  def max(list), do: Enum.max(list)
  def min(list), do: Enum.min(list)
  def member(element, list), do: Enum.member?(list, element)
  def append(lists), do: Enum.concat(lists)
  def append(left, right), do: left ++ right
  def flatten(list), do: List.flatten(list)
  def nth(index, list), do: Enum.at(list, index - 1)
  def nthtail(count, list), do: Enum.drop(list, count)
  def last(list), do: List.last(list)
  def droplast(list), do: Enum.drop(list, -1)
  def duplicate(count, element), do: List.duplicate(element, count)
  def delete(element, list), do: List.delete(list, element)
  def subtract(left, right), do: left -- right
  def zip(left, right), do: Enum.zip(left, right)
  def unzip(pairs), do: Enum.unzip(pairs)
  def split(count, list), do: Enum.split(list, count)
  def sublist(list, count), do: Enum.take(list, count)
  def sublist(list, start, count), do: Enum.slice(list, start - 1, count)
  def map(fun, list), do: Enum.map(list, fun)
  def flatmap(fun, list), do: Enum.flat_map(list, fun)
  def filter(fun, list), do: Enum.filter(list, fun)
  def partition(fun, list), do: Enum.split_with(list, fun)
  def foreach(fun, list), do: Enum.each(list, fun)
  def all(fun, list), do: Enum.all?(list, fun)
  def any(fun, list), do: Enum.any?(list, fun)
  def takewhile(fun, list), do: Enum.take_while(list, fun)
  def dropwhile(fun, list), do: Enum.drop_while(list, fun)
  def foldl(fun, acc, list), do: Enum.reduce(list, acc, fun)
  def foldr(fun, acc, list), do: list |> :lists.reverse() |> Enum.reduce(acc, fun)
  def mapfoldl(fun, acc, list), do: Enum.map_reduce(list, acc, fun)
  def keyfind(key, position, list), do: Enum.find(list, false, &(elem(&1, position - 1) === key))
  def keymember(key, position, list), do: keyfind(key, position, list) != false
  def keydelete(key, position, list), do: List.keydelete(list, key, position - 1)
  def keyreplace(key, position, list, tuple), do: List.keyreplace(list, key, position - 1, tuple)
  def keystore(key, position, list, tuple), do: List.keystore(list, key, position - 1, tuple)
  def keysort(position, list), do: List.keysort(list, position - 1)
end
