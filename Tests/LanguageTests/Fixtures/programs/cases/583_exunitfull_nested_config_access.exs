defmodule AppConfig do
  @moduledoc "Nested configuration helpers using Kernel access functions."

  def default do
    %{
      server: %{host: "localhost", port: 4000, opts: [ssl: false, timeout: 5_000]},
      users: [%{name: "ann", roles: [:admin]}, %{name: "bob", roles: []}]
    }
  end

  def port(cfg), do: get_in(cfg, [:server, :port])
  def timeout(cfg), do: cfg[:server][:opts][:timeout]
  def bump_port(cfg), do: update_in(cfg, [:server, :port], &(&1 + 1))
  def enable_ssl(cfg), do: put_in(cfg.server.opts[:ssl], true)
  def drop_host(cfg), do: pop_in(cfg, [:server, :host])
  def names(cfg), do: get_in(cfg, [:users, Access.all(), :name])
  def grant(cfg, i, role), do: update_in(cfg, [:users, Access.at(i), :roles], &[role | &1])
end

ExUnit.start(seed: 0)

defmodule AppConfigTest do
  use ExUnit.Case

  setup_all do
    {:ok, cfg: AppConfig.default()}
  end

  test "reads", %{cfg: cfg} do
    assert AppConfig.port(cfg) == 4000
    assert AppConfig.timeout(cfg) == 5_000
    assert AppConfig.names(cfg) == ["ann", "bob"]
  end

  test "writes", %{cfg: cfg} do
    assert AppConfig.bump_port(cfg).server.port == 4001
    assert AppConfig.enable_ssl(cfg).server.opts == [ssl: true, timeout: 5_000]
    {host, rest} = AppConfig.drop_host(cfg)
    assert host == "localhost"
    refute Map.has_key?(rest.server, :host)
    assert AppConfig.grant(cfg, 1, :dev) |> get_in([:users, Access.at(1), :roles]) == [:dev]
  end

  test "then and tap", %{cfg: cfg} do
    cfg
    |> AppConfig.port()
    |> tap(&IO.inspect(&1, label: "port"))
    |> then(&(&1 * 2))
    |> IO.inspect(label: "doubled")
  end

  test "access filter and key" do
    data = %{list: [1, 2, 3, 4]}
    IO.inspect(get_in(data, [:list, Access.filter(&(rem(&1, 2) == 0))]))
    IO.inspect(update_in(data, [:list, Access.all()], &(&1 * 10)))
    IO.inspect(get_in(%{a: %{b: 1}}, [Access.key(:a), Access.key(:c, :default)]))
    IO.inspect(Map.get_and_update(%{a: 1}, :a, fn v -> {v, v + 1} end))
  end
end
