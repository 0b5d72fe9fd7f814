# Path: the pure functions on Unix paths, as Elixir 1.14 computes them. A program has no file system
# and no current directory, so what needs one (a relative path expanded without a base, `~`,
# `wildcard`) raises an error that says so.
defmodule Path do
  def join([name]), do: IO.chardata_to_string(name)
  def join([first, second | rest]), do: Enum.reduce([second | rest], first, fn right, left -> join(left, right) end)

  def join(left, right) do
    left = IO.chardata_to_string(left)
    right = IO.chardata_to_string(right)
    joined =
      case {left, right} do
        {left, "/"} -> drop_separator(left)
        {"", right} -> relative(right)
        {"/", right} -> "/" <> relative(right)
        {left, right} -> drop_separator(left) <> "/" <> relative(right)
      end
    drop_separator(joined)
  end

  def relative(name) do
    case IO.chardata_to_string(name) do
      "/" <> rest -> rest
      name -> name
    end
  end

  def basename(path) do
    path |> IO.chardata_to_string() |> String.trim_trailing("/") |> String.split("/") |> List.last()
  end

  def basename(path, extension) do
    base = basename(path)
    extension = IO.chardata_to_string(extension)
    if extension != "" and String.ends_with?(base, extension) do
      binary_part(base, 0, byte_size(base) - byte_size(extension))
    else
      base
    end
  end

  def dirname(path) do
    case path |> IO.chardata_to_string() |> String.split("/") do
      [_name] -> "."
      parts ->
        case parts |> Enum.drop(-1) |> Enum.join("/") |> String.trim_trailing("/") do
          "" -> "/"
          parent -> parent
        end
    end
  end

  def extname(path) do
    case path |> basename() |> String.split(".") do
      [_name] -> ""
      ["", _hidden] -> ""
      pieces -> "." <> List.last(pieces)
    end
  end

  def rootname(path) do
    path = IO.chardata_to_string(path)
    case path |> String.split("/") |> List.last() |> String.split(".") do
      [_name] -> path
      pieces -> binary_part(path, 0, byte_size(path) - byte_size(List.last(pieces)) - 1)
    end
  end

  def rootname(path, extension) do
    path = IO.chardata_to_string(path)
    extension = IO.chardata_to_string(extension)
    if String.ends_with?(path, extension) do
      binary_part(path, 0, byte_size(path) - byte_size(extension))
    else
      path
    end
  end

  def split(path) do
    case IO.chardata_to_string(path) do
      "" -> []
      "/" <> _ = path -> ["/" | String.split(path, "/", trim: true)]
      path -> String.split(path, "/", trim: true)
    end
  end

  def type(path) do
    case IO.chardata_to_string(path) do
      "/" <> _ -> :absolute
      _ -> :relative
    end
  end

  def absname(path) do
    path = IO.chardata_to_string(path)
    if type(path) == :absolute, do: path, else: no_current_directory("absname/1", path)
  end

  def absname(path, relative_to) do
    path = IO.chardata_to_string(path)
    if type(path) == :absolute, do: path, else: join(relative_to, path)
  end

  def expand(path) do
    path = path |> IO.chardata_to_string() |> no_home("expand/1")
    if type(path) == :absolute, do: expand_dots(path), else: no_current_directory("expand/1", path)
  end

  def expand(path, relative_to) do
    path = path |> IO.chardata_to_string() |> no_home("expand/2")
    base = relative_to |> IO.chardata_to_string() |> no_home("expand/2")
    case absname(path, base) do
      "/" <> _ = absolute -> expand_dots(absolute)
      relative -> no_current_directory("expand/2", relative)
    end
  end

  def relative_to(path, from) do
    path = IO.chardata_to_string(path)
    relative_parts(split(path), split(from), path)
  end

  def wildcard(_glob, _options \\ []) do
    raise ArgumentError, "Path.wildcard/2 lists files, and proctor programs have no file system to list"
  end

  defp relative_parts([same | path], [same | from], original), do: relative_parts(path, from, original)
  defp relative_parts([_ | _] = rest, [], _original), do: join(rest)
  defp relative_parts([], [], _original), do: "."
  defp relative_parts(_path, _from, original), do: original

  defp expand_dots(path) do
    parts =
      path
      |> String.split("/", trim: true)
      |> Enum.reduce([], fn
        ".", kept -> kept
        "..", [] -> []
        "..", [_ | kept] -> kept
        part, kept -> [part | kept]
      end)
    "/" <> (parts |> Enum.reverse() |> Enum.join("/"))
  end

  defp drop_separator(""), do: ""
  defp drop_separator("/"), do: "/"
  defp drop_separator(path) do
    if String.ends_with?(path, "/"), do: binary_part(path, 0, byte_size(path) - 1), else: path
  end

  defp no_home("~" <> _ = path, function) do
    raise ArgumentError, "Path.#{function} cannot expand #{inspect(path)}: proctor programs have no home directory"
  end
  defp no_home(path, _function), do: path

  defp no_current_directory(function, path) do
    raise ArgumentError,
          "Path.#{function} needs a current directory for the relative path #{inspect(path)}, " <>
            "and proctor programs have none; give an absolute base, as in Path.expand(path, \"/base\")"
  end
end
