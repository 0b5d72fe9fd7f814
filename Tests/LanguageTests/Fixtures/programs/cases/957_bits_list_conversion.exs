# :erlang.bitstring_to_list/1 and :erlang.list_to_bitstring/1.
IO.inspect(:erlang.bitstring_to_list(<<1, 2, 3::3>>))
IO.inspect(:erlang.bitstring_to_list("ab"))
IO.inspect(:erlang.bitstring_to_list(<<1::1>>))
IO.inspect(:erlang.list_to_bitstring([1, <<2::4>>, [<<3>>]]))
IO.inspect(:erlang.list_to_bitstring([<<1::3>> | <<1::5>>]))
IO.inspect(:erlang.list_to_bitstring([]))
IO.inspect(:erlang.list_to_bitstring(["ab", [?c, <<1::2>>]]))
IO.inspect(:erlang.list_to_bitstring(:erlang.bitstring_to_list(<<7, 9::5>>)) == <<7, 9::5>>)
