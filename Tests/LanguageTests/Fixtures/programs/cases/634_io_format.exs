# Erlang's :io.format and :io_lib.format: ~w and ~p write terms in Erlang's syntax, ~s text,
# and the numeric controls with widths, precisions and padding.
:io.format("~w|~p|~w|~p~n", [<<"abc">>, <<"abc">>, 'abc', 'abc'])
:io.format("~w|~p|~w~n", [[1 | 2], {:a, "b", 1.5}, %{:b => 2, :a => [1], "k" => :v}])
:io.format("~w|~p|~w|~w~n", [:"Elixir.Foo", :foo, :"with space", :if])
:io.format("~w|~w|~w|~w~n", [1.0e10, 1.0e20, 0.1, -2.5])
:io.format("~10s|~-10s|~.2s|~c|~3c|~~|~B|~.16B|~8.2f|~e|~g~n", ["ab", "cd", "xyz", ?a, ?b, 255, 255, 3.14159, 1.5, 2.5])
:io.format("~p~n", [self() |> is_pid()])
:io.format("~5w|~-5w|~5.3.0w~n", [42, 42, 7])
:io.format("~ts|~tp~n", ["héllo", "héllo"])
:io.format("~i~w~n", [:ignored, :shown])
:io.format("plain~n")
:io.format(:standard_io, "~s~n", [[?a, "bc", [?d]]])
IO.inspect(:io_lib.format("~w-~s", [1, "x"]))
IO.inspect(:io_lib.format("~p", [[%{a: 1}]]) |> IO.chardata_to_string())
:io.format("~w~n", [%{__struct__: Foo, a: 1}])
:io.format("~p~n", [[1, 2, 'ab', "x", []]])
:io.format("~p|~w~n", ["héllo", "héllo"])
:io.format("~g|~g|~g|~g|~.3g~n", [25.0, 0.25, 123456.0, 1234567.0, 2.5])
IO.inspect(:io_lib.format("a~~b~n~i~c", [1, ?z]))
:io.fwrite("~s and ~p~n", [:atom_as_text, {:ok, [1.0e10, -0.5]}])
:io.format(:standard_error, "to stderr ~w~n", [1])
for {format, args} <- [{"~w ~w", [1]}, {"~z", [1]}, {"~s", [{:not, :text}]}, {"~w", []}] do
  try do
    :io.format(format, args)
  rescue
    e -> IO.puts(Exception.message(e))
  end
end
