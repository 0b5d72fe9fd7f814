# Path.extname/1 and Path.rootname/1,2: dotfiles, several dots, dots in directories.
IO.inspect(Enum.map(["foo.ex", "foo", ".gitignore", "a/b.c.d", "a.b/c", "foo.", "/x/.bashrc.bak"], &Path.extname/1))
IO.inspect(Enum.map(["foo.ex", "foo", ".gitignore", "a/b.c.d", "a.b/c", "/x/y.z"], &Path.rootname/1))
IO.inspect(Path.rootname("/foo/bar.erl", ".erl"))
IO.inspect(Path.rootname("/foo/bar.erl", ".ex"))
path = "priv/static/app.min.js"
IO.inspect({Path.rootname(path), Path.extname(path), Path.basename(path, Path.extname(path))})
