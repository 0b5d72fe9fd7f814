# Path.basename/1,2 and Path.dirname/1, trailing and doubled slashes included.
IO.inspect(Enum.map(["foo/bar.ex", "foo/bar/", "/", "", "bar", "/a//b//"], &Path.basename/1))
IO.inspect(Path.basename("foo/bar.ex", ".ex"))
IO.inspect(Path.basename("foo/bar.exs", ".ex"))
IO.inspect(Path.basename("lib/app.ex", ""))
IO.inspect(Enum.map(["/foo/bar.ex", "foo", "/foo", "foo/bar/", "/", "", "a//b", "a/b//c"], &Path.dirname/1))
IO.inspect(Path.dirname('lib/app.ex'))
