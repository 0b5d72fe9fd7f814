# Path.split/1 and Path.type/1.
IO.inspect(Enum.map(["/foo/bar", "foo/bar/", "", "/", "//a//b", "a"], &Path.split/1))
IO.inspect(Enum.map(["/a", "a", "", "./a", "../b"], &Path.type/1))
IO.inspect("a" |> Path.join("b") |> Path.split())
IO.inspect(Path.split("/usr/local/bin") |> Path.join())
