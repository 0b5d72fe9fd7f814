defmodule NucleotideCount do
  @nucleotides [?A, ?C, ?G, ?T]

  @spec count(charlist(), char()) :: non_neg_integer()
  def count(strand, nucleotide), do: Enum.count(strand, &(&1 == nucleotide))

  @spec histogram(charlist()) :: map()
  def histogram(strand), do: Map.new(@nucleotides, &{&1, count(strand, &1)})
end

defmodule RnaTranscription do
  @map %{?G => ?C, ?C => ?G, ?T => ?A, ?A => ?U}
  def to_rna(dna), do: Enum.map(dna, &Map.fetch!(@map, &1))
end

defmodule ProteinTranslation do
  @codons %{
    "UGU" => "Cysteine", "UGC" => "Cysteine", "UUA" => "Leucine", "UUG" => "Leucine",
    "AUG" => "Methionine", "UUU" => "Phenylalanine", "UUC" => "Phenylalanine",
    "UCU" => "Serine", "UGG" => "Tryptophan", "UAU" => "Tyrosine",
    "UAA" => "STOP", "UAG" => "STOP", "UGA" => "STOP"
  }

  def of_rna(rna) do
    rna
    |> String.codepoints()
    |> Enum.chunk_every(3)
    |> Enum.map(&Enum.join/1)
    |> Enum.reduce_while({:ok, []}, fn codon, {:ok, acc} ->
      case of_codon(codon) do
        {:ok, "STOP"} -> {:halt, {:ok, acc}}
        {:ok, protein} -> {:cont, {:ok, acc ++ [protein]}}
        {:error, _} -> {:halt, {:error, "invalid RNA"}}
      end
    end)
  end

  def of_codon(codon) do
    case Map.fetch(@codons, codon) do
      {:ok, p} -> {:ok, p}
      :error -> {:error, "invalid codon"}
    end
  end
end

ExUnit.start(seed: 0)

defmodule BioTest do
  use ExUnit.Case

  test "histogram" do
    assert NucleotideCount.histogram('AATAA') == %{?A => 4, ?T => 1, ?C => 0, ?G => 0}
    IO.inspect(NucleotideCount.histogram('GATTACA'))
  end

  test "rna" do
    assert RnaTranscription.to_rna('ACGTGGTCTTAA') == 'UGCACCAGAAUU'
    IO.inspect(RnaTranscription.to_rna('CAT'))
    IO.inspect(RnaTranscription.to_rna('CAT'), charlists: :as_lists)
  end

  test "protein" do
    assert ProteinTranslation.of_rna("UGGUGUUAUUAAUGGUUU") == {:ok, ~w(Tryptophan Cysteine Tyrosine)}
    assert ProteinTranslation.of_rna("CARROT") == {:error, "invalid RNA"}
  end

  test "bad nucleotide" do
    RnaTranscription.to_rna('ACX')
  end

  test "charlist diff" do
    assert RnaTranscription.to_rna('AC') == 'UC'
  end
end
