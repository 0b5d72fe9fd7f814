# sort, sort with a function or :asc/:desc, sort_by.
IO.inspect(Enum.sort([5, 3, 9, 1]))
IO.inspect(Enum.sort([5, 3, 9, 1], :desc))
IO.inspect(Enum.sort([5, 3, 9, 1], &>=/2))
IO.inspect(Enum.sort_by(["ccc", "a", "bb"], &String.length/1))
IO.inspect(Enum.sort_by(["ccc", "a", "bb"], &String.length/1, :desc))
people = [%{n: "b", age: 30}, %{n: "a", age: 30}, %{n: "c", age: 20}]
IO.inspect(Enum.sort_by(people, & &1.age) |> Enum.map(& &1.n))
IO.inspect(Enum.sort_by(people, &{&1.age, &1.n}) |> Enum.map(& &1.n))
IO.inspect(Enum.sort([3, 1.0, 2]))
IO.inspect(Enum.sort([{:b, 1}, {:a, 2}, {:a, 1}]))
