defmodule Calc do
  @moduledoc "A tiny arithmetic parser: integers, + - * / and parentheses."

  @type token :: {:num, integer} | {:op, char} | :lparen | :rparen

  @spec eval(String.t()) :: {:ok, integer} | {:error, String.t()}
  def eval(input) do
    with {:ok, tokens} <- tokenize(input),
         {:ok, ast, []} <- expr(tokens) do
      {:ok, compute(ast)}
    else
      {:ok, _ast, rest} -> {:error, "unexpected #{inspect(rest)}"}
      {:error, _} = err -> err
    end
  end

  def tokenize(input), do: tokenize(String.to_charlist(input), [])

  defp tokenize([], acc), do: {:ok, Enum.reverse(acc)}
  defp tokenize([c | rest], acc) when c in ' \t', do: tokenize(rest, acc)
  defp tokenize([c | rest], acc) when c in '+-*/', do: tokenize(rest, [{:op, c} | acc])
  defp tokenize([?( | rest], acc), do: tokenize(rest, [:lparen | acc])
  defp tokenize([?) | rest], acc), do: tokenize(rest, [:rparen | acc])

  defp tokenize([c | _] = chars, acc) when c in ?0..?9 do
    {digits, rest} = Enum.split_while(chars, &(&1 in ?0..?9))
    tokenize(rest, [{:num, List.to_integer(digits)} | acc])
  end

  defp tokenize([c | _], _), do: {:error, "bad character #{<<c::utf8>>}"}

  defp expr(tokens) do
    with {:ok, left, rest} <- term(tokens), do: expr_rest(left, rest)
  end

  defp expr_rest(left, [{:op, op} | rest]) when op in '+-' do
    with {:ok, right, rest} <- term(rest), do: expr_rest({op, left, right}, rest)
  end

  defp expr_rest(left, rest), do: {:ok, left, rest}

  defp term(tokens) do
    with {:ok, left, rest} <- factor(tokens), do: term_rest(left, rest)
  end

  defp term_rest(left, [{:op, op} | rest]) when op in '*/' do
    with {:ok, right, rest} <- factor(rest), do: term_rest({op, left, right}, rest)
  end

  defp term_rest(left, rest), do: {:ok, left, rest}

  defp factor([{:num, n} | rest]), do: {:ok, n, rest}

  defp factor([:lparen | rest]) do
    case expr(rest) do
      {:ok, e, [:rparen | rest]} -> {:ok, e, rest}
      {:ok, _, _} -> {:error, "missing )"}
      err -> err
    end
  end

  defp factor(tokens), do: {:error, "unexpected #{inspect(Enum.take(tokens, 1))}"}

  defp compute(n) when is_integer(n), do: n
  defp compute({?+, a, b}), do: compute(a) + compute(b)
  defp compute({?-, a, b}), do: compute(a) - compute(b)
  defp compute({?*, a, b}), do: compute(a) * compute(b)
  defp compute({?/, a, b}), do: div(compute(a), compute(b))
end

ExUnit.start(seed: 0)

defmodule CalcTest do
  use ExUnit.Case

  test "tokens" do
    assert Calc.tokenize("1+2") == {:ok, [{:num, 1}, {:op, ?+}, {:num, 2}]}
    IO.inspect(Calc.tokenize("(3 * 4)"))
  end

  test "precedence" do
    assert Calc.eval("2 + 3 * 4") == {:ok, 14}
    assert Calc.eval("(2 + 3) * 4") == {:ok, 20}
    assert Calc.eval("100 / 7 - 1") == {:ok, 13}
  end

  test "errors" do
    assert Calc.eval("2 + x") == {:error, "bad character x"}
    assert Calc.eval("(1 + 2") == {:error, "missing )"}
    assert Calc.eval("1 2") == {:error, "unexpected [num: 2]"}
    IO.inspect(Calc.eval("+"))
  end

  test "division by zero" do
    Calc.eval("1 / 0")
  end

  test "wrong" do
    assert {:ok, 7} = Calc.eval("2 * 3")
  end
end
