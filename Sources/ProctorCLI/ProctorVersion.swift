/// What `proctor --version` prints: proctor's release and the Elixir it follows.
enum ProctorVersion {
    /// proctor's release number, raised with every release.
    static let release = "0.1.0"
    /// The Elixir release whose behaviour and messages proctor follows.
    static let elixir = "1.14"
    /// `proctor 0.1.0 (follows Elixir 1.14)`.
    static let text = "proctor \(release) (follows Elixir \(elixir))"
}
