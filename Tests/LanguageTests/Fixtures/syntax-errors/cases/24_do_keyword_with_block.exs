if true, do: 1 do
  2
end
