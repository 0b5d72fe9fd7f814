/// Text and Kernel functions that call back into guest code (a replacement function, `apply/2`, `then`, `tap`).
extension Prelude {
    static let textSource = #"""
    defmodule String do
      def replace(subject, pattern, replacement, options \\ []) do
        parts = :proctor.string_matches(subject, pattern, Keyword.get(options, :global, true))
        join_replaced(parts, replacement, "")
      end

      defp join_replaced([piece], _replacement, acc), do: acc <> piece
      defp join_replaced([piece, match | rest], replacement, acc) when is_function(replacement, 1) do
        join_replaced(rest, replacement, acc <> piece <> replacement.(match))
      end
      defp join_replaced([piece, _match | rest], replacement, acc) when is_binary(replacement) do
        join_replaced(rest, replacement, acc <> piece <> replacement)
      end
    end

    defmodule Kernel do
      def apply(fun, args) when is_function(fun) and is_list(args) do
        case args do
          [] -> fun.()
          [a] -> fun.(a)
          [a, b] -> fun.(a, b)
          [a, b, c] -> fun.(a, b, c)
          [a, b, c, d] -> fun.(a, b, c, d)
          [a, b, c, d, e] -> fun.(a, b, c, d, e)
          [a, b, c, d, e, f] -> fun.(a, b, c, d, e, f)
          [a, b, c, d, e, f, g] -> fun.(a, b, c, d, e, f, g)
          [a, b, c, d, e, f, g, h] -> fun.(a, b, c, d, e, f, g, h)
          _ -> raise ArgumentError, "proctor's apply/2 takes at most 8 arguments"
        end
      end

      def apply(fun, _args) when not is_function(fun), do: fun.()

      def then(value, fun) when is_function(fun, 1), do: fun.(value)

      def tap(value, fun) when is_function(fun, 1) do
        fun.(value)
        value
      end
    end
    """#
}
