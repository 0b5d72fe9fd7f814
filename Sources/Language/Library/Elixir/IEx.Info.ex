# What `i/1` says about each kind of term, as iex 1.14's IEx.Info does.
defmodule IEx.Info do
  @moduledoc false

  def info(term) when is_integer(term), do: basic("Integer", "Integer", "IEx.Info, Inspect, List.Chars, String.Chars")
  def info(term) when is_float(term), do: basic("Float", "Float", "IEx.Info, Inspect, List.Chars, String.Chars")
  def info(term) when is_atom(term), do: basic("Atom", "Atom", "IEx.Info, Inspect, List.Chars, String.Chars")
  def info(term) when is_tuple(term), do: basic("Tuple", "Tuple", "IEx.Info, Inspect")
  def info(term) when is_map(term), do: basic("Map", "Map", "Collectable, Enumerable, IEx.Info, Inspect")
  def info(term) when is_reference(term), do: [{"Data type", "Reference"}, {"Implemented protocols", "IEx.Info, Inspect"}]
  def info(term) when is_binary(term), do: binary(term)
  def info(term) when is_list(term), do: list(term)
  def info(term) when is_pid(term), do: pid(term)
  def info(term) when is_function(term), do: function(term)

  defp basic(type, modules, protocols) do
    [{"Data type", type}, {"Reference modules", modules}, {"Implemented protocols", protocols}]
  end

  defp binary(term) do
    {description, raw, modules} =
      cond do
        String.printable?(term) ->
          {"This is a string: a UTF-8 encoded binary. It's printed surrounded by\n" <>
             "\"double quotes\" because all UTF-8 encoded code points in it are printable.", true, "String, :binary"}

        String.valid?(term) ->
          {"This is a string: a UTF-8 encoded binary. It's printed with the `<<>>`\n" <>
             "syntax (as opposed to double quotes) because it contains non-printable\n" <>
             "UTF-8 encoded code points (the first non-printable code point being\n" <>
             "`#{bytes(first_unprintable(term))}`).", false, "String, :binary"}

        true ->
          {"This is a binary: a collection of bytes. It's printed with the `<<>>`\n" <>
             "syntax (as opposed to double quotes) because it is not a UTF-8 encoded\n" <>
             "binary (the first invalid byte being `#{bytes(first_invalid(term))}`)", false, ":binary"}
      end

    raw_section = if raw, do: [{"Raw representation", bytes(term)}], else: []

    [{"Data type", "BitString"}, {"Byte size", Integer.to_string(byte_size(term))}, {"Description", description}] ++
      raw_section ++
      [{"Reference modules", modules}, {"Implemented protocols", "Collectable, IEx.Info, Inspect, List.Chars, String.Chars"}]
  end

  defp first_unprintable(term) do
    {codepoint, rest} = String.next_codepoint(term)
    if String.printable?(codepoint), do: first_unprintable(rest), else: codepoint
  end

  defp first_invalid(term), do: first_invalid(term, byte_size(term))

  defp first_invalid(term, valid) do
    if String.valid?(binary_part(term, 0, valid)), do: binary_part(term, valid, 1), else: first_invalid(term, valid - 1)
  end

  defp bytes(term), do: "<<" <> Enum.map_join(:binary.bin_to_list(term), ", ", &Integer.to_string/1) <> ">>"

  defp list(term) do
    protocols = [{"Reference modules", "List"}, {"Implemented protocols", "Collectable, Enumerable, IEx.Info, Inspect, List.Chars, String.Chars"}]

    if term != [] and List.ascii_printable?(term) do
      description =
        "This is a list of integers that is printed as a sequence of characters\n" <>
          "delimited by single quotes because all the integers in it represent printable\n" <>
          "ASCII characters. Conventionally, a list of Unicode code points is known as a\n" <>
          "charlist and a list of ASCII characters is a subset of it."

      [{"Data type", "List"}, {"Description", description}, {"Raw representation", inspect(term, charlists: :as_lists)}] ++ protocols
    else
      [{"Data type", "List"} | protocols]
    end
  end

  defp pid(term) do
    alive =
      if Process.alive?(term) do
        {:registered_name, name} = Process.info(term, :registered_name)
        {:links, links} = Process.info(term, :links)
        {:message_queue_len, length} = Process.info(term, :message_queue_len)

        [
          {"Alive", "true"},
          {"Name", if(name == [], do: "not registered", else: inspect(name))},
          {"Links", if(links == [], do: "none", else: Enum.map_join(links, ", ", &inspect/1))},
          {"Message queue length", Integer.to_string(length)}
        ]
      else
        [{"Alive", "false"}]
      end

    [{"Data type", "PID"} | alive] ++
      [
        {"Description", "Use Process.info/1 to get more info about this process"},
        {"Reference modules", "Process, Node"},
        {"Implemented protocols", "IEx.Info, Inspect"}
      ]
  end

  defp function(term) do
    {:type, type} = Function.info(term, :type)
    {:arity, arity} = Function.info(term, :arity)
    description = if type == :local, do: [{"Description", "This is an anonymous function."}], else: []

    [{"Data type", "Function"}, {"Type", Atom.to_string(type)}, {"Arity", Integer.to_string(arity)}] ++
      description ++ [{"Implemented protocols", "Enumerable, IEx.Info, Inspect"}]
  end
end
