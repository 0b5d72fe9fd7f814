import Testing

/// Wrong solutions to the exercises of lesson 7 (races) that a learner could write: each
/// passes its tests under the default schedule and has a race that only another schedule shows.
struct RacyVariant: CustomTestStringConvertible, Sendable {
    /// The exercise it solves (the learner's file is `07-races/EXERCISE.exs`).
    let exercise: String
    /// What it gets wrong, in a few words.
    let mistake: String
    /// The learner's file.
    let code: String

    var testDescription: String { "\(exercise): \(mistake)" }

    /// Every variant, three per exercise.
    static let all: [RacyVariant] = [
        RacyVariant(exercise: "ordered_replies", mistake: "replies tagged only {:result, r}, received as they come", code: """
            defmodule Gather do
              def map(list, fun) do
                me = self()
                Enum.each(list, fn x -> spawn(fn -> send(me, {:result, fun.(x)}) end) end)
                Enum.map(list, fn _ -> receive do {:result, r} -> r end end)
              end
            end

            """),
        RacyVariant(exercise: "ordered_replies", mistake: "one reference made for all the workers, pinned in every receive", code: """
            defmodule Gather do
              def map(list, fun) do
                caller = self()
                ref = make_ref()

                list
                |> Enum.map(fn x -> spawn(fn -> send(caller, {ref, fun.(x)}) end) end)
                |> Enum.map(fn _pid ->
                  receive do
                    {^ref, result} -> result
                  end
                end)
              end
            end

            """),
        RacyVariant(exercise: "ordered_replies", mistake: "replies tagged with their index, but collected as they come", code: """
            defmodule Gather do
              def map(list, fun) do
                caller = self()

                list
                |> Enum.with_index()
                |> Enum.each(fn {x, i} -> spawn(fn -> send(caller, {:done, i, fun.(x)}) end) end)

                Enum.reduce(list, [], fn _, acc ->
                  receive do
                    {:done, _i, result} -> [result | acc]
                  end
                end)
                |> Enum.reverse()
              end
            end

            """),
        RacyVariant(exercise: "one_server", mistake: "whereis, then spawn and register", code: """
            defmodule Ids do
              def next(name) do
                server =
                  case Process.whereis(name) do
                    nil ->
                      pid = spawn(fn -> serve(1) end)
                      Process.register(pid, name)
                      pid

                    pid ->
                      pid
                  end

                send(server, {:next, self()})

                receive do
                  {:id, id} -> id
                end
              end

              def serve(next) do
                receive do
                  {:next, caller} ->
                    send(caller, {:id, next})
                    serve(next + 1)
                end
              end
            end

            """),
        RacyVariant(exercise: "one_server", mistake: "a failed register rescued, but the caller keeps its own server", code: """
            defmodule Ids do
              def next(name) do
                server =
                  case Process.whereis(name) do
                    nil ->
                      pid = spawn(fn -> serve(1) end)

                      try do
                        Process.register(pid, name)
                      rescue
                        ArgumentError -> :already_registered
                      end

                      pid

                    pid ->
                      pid
                  end

                send(server, {:next, self()})

                receive do
                  {:id, id} -> id
                end
              end

              def serve(next) do
                receive do
                  {:next, caller} ->
                    send(caller, {:id, next})
                    serve(next + 1)
                end
              end
            end

            """),
        RacyVariant(exercise: "one_server", mistake: "unless whereis, register a new server; then send to the name", code: """
            defmodule Ids do
              def next(name) do
                unless Process.whereis(name) do
                  Process.register(spawn(fn -> serve(1) end), name)
                end

                send(name, {:next, self()})

                receive do
                  {:id, id} -> id
                end
              end

              def serve(next) do
                receive do
                  {:next, caller} ->
                    send(caller, {:id, next})
                    serve(next + 1)
                end
              end
            end

            """),
        RacyVariant(exercise: "vote_tally", mistake: "Agent.get the count, then Agent.update with count + 1", code: """
            defmodule Tally do
              def start_link do
                Agent.start_link(fn -> %{} end)
              end

              def vote(tally, option) do
                count = Agent.get(tally, fn votes -> Map.get(votes, option, 0) end) + 1
                Agent.update(tally, fn votes -> Map.put(votes, option, count) end)
                count
              end

              def count(tally, option) do
                Agent.get(tally, fn votes -> Map.get(votes, option, 0) end)
              end
            end

            """),
        RacyVariant(exercise: "vote_tally", mistake: "Agent.get the whole map, then Agent.update replacing it", code: """
            defmodule Tally do
              def start_link do
                Agent.start_link(fn -> %{} end)
              end

              def vote(tally, option) do
                votes = Agent.get(tally, fn votes -> votes end)
                votes = Map.update(votes, option, 1, &(&1 + 1))
                Agent.update(tally, fn _ -> votes end)
                votes[option]
              end

              def count(tally, option) do
                Agent.get(tally, fn votes -> Map.get(votes, option, 0) end)
              end
            end

            """),
        RacyVariant(exercise: "vote_tally", mistake: "Agent.update in one step, then Agent.get to read the count back", code: """
            defmodule Tally do
              def start_link do
                Agent.start_link(fn -> %{} end)
              end

              def vote(tally, option) do
                Agent.update(tally, fn votes -> Map.update(votes, option, 1, &(&1 + 1)) end)
                count(tally, option)
              end

              def count(tally, option) do
                Agent.get(tally, fn votes -> Map.get(votes, option, 0) end)
              end
            end

            """),
    ]
}
